import { fork, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const HARNESS = fileURLToPath(new URL('./relay-process.ts', import.meta.url));
const HOOKS = fileURLToPath(new URL('../../../scripts/register-ts-paths.mjs', import.meta.url));

/** A relay running in a child process. */
export interface RelayProcess {
	url: string;
	port: number;
	/** The child's memory in bytes, measured right after two full garbage collections. */
	memory(): Promise<RelayMemory>;
	stop(): Promise<void>;
}

/** `process.memoryUsage()` figures of the relay process. */
export interface RelayMemory {
	/** JavaScript objects. */
	heapUsed: number;
	/** Bytes of Buffers and ArrayBuffers, which live outside the JavaScript heap. */
	arrayBuffers: number;
}

type Reply = { type: 'ready'; url: string } | ({ type: 'memory' } & RelayMemory);

/**
 * Starts `relay-process.ts` with `--expose-gc` on the project's own Node (type stripping plus
 * the project's import hooks), its relay pointed at `upstreamBase`, and resolves once it listens.
 */
export async function forkRelay(upstreamBase: string): Promise<RelayProcess> {
	const child = fork(HARNESS, [upstreamBase], {
		execArgv: ['--expose-gc', '--import', HOOKS],
		stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
	});
	const ready = await nextReply(child, 'ready');
	const url = ready.type === 'ready' ? ready.url : '';
	return {
		url,
		port: Number(new URL(url).port),
		memory: async () => {
			child.send('memory');
			const reply = await nextReply(child, 'memory');
			return reply.type === 'memory'
				? { heapUsed: reply.heapUsed, arrayBuffers: reply.arrayBuffers }
				: { heapUsed: Number.NaN, arrayBuffers: Number.NaN };
		},
		stop: async () => {
			const exited = new Promise((resolve) => child.once('exit', resolve));
			child.send('stop');
			await exited;
		},
	};
}

function nextReply(child: ChildProcess, type: Reply['type']): Promise<Reply> {
	return new Promise((resolve, reject) => {
		const onMessage = (message: Reply) => {
			if (message.type === type) {
				child.off('message', onMessage).off('exit', onExit);
				resolve(message);
			}
		};
		const onExit = (code: number | null) => reject(new Error(`Relay process exited (${code})`));
		child.on('message', onMessage).once('exit', onExit);
	});
}
