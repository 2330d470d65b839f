import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** What a finished program left behind. */
export interface ProgramResult {
	code: number | null;
	stdout: string;
	stderr: string;
}

const PROXY_VARIABLES = ['http_proxy', 'https_proxy', 'all_proxy', 'ftp_proxy'];

/**
 * Returns true when `command args` exits 0 within 10 s. Used at collection time to mark a
 * test as skipped, with the reason in its name, on a machine without the interpreter.
 */
export function canRun(command: string, args: string[]): boolean {
	const result = spawnSync(command, args, { stdio: 'ignore', timeout: 10_000, env: cleanEnv() });
	return result.status === 0;
}

/**
 * Saves `program` as `fileName` in a fresh temporary folder and runs `command ...args <file>`
 * there without blocking the event loop (the fake 8x8 server answers from this process).
 * The environment carries no proxy settings, no shell start-up files and a temporary HOME, so
 * every request goes straight to the loopback address in the snippet.
 */
export async function runProgram(
	command: string,
	args: string[],
	fileName: string,
	program: string,
): Promise<ProgramResult> {
	const folder = mkdtempSync(join(tmpdir(), 'snippet-'));
	const file = join(folder, fileName);
	writeFileSync(file, program, 'utf8');
	try {
		return await spawnAsync(command, [...args, file], folder);
	} finally {
		rmSync(folder, { recursive: true, force: true });
	}
}

function spawnAsync(command: string, args: string[], folder: string): Promise<ProgramResult> {
	return new Promise((resolve, reject) => {
		const child = spawn(command, args, {
			cwd: folder,
			env: cleanEnv(folder),
			stdio: ['ignore', 'pipe', 'pipe'],
			timeout: 20_000,
		});
		const out: Buffer[] = [];
		const err: Buffer[] = [];
		child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
		child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
		child.on('error', reject);
		child.on('close', (code) => {
			const text = (chunks: Buffer[]) => Buffer.concat(chunks).toString('utf8');
			resolve({ code, stdout: text(out), stderr: text(err) });
		});
	});
}

function cleanEnv(home = tmpdir()): NodeJS.ProcessEnv {
	const env: NodeJS.ProcessEnv = { ...process.env };
	for (const name of PROXY_VARIABLES) {
		delete env[name];
		delete env[name.toUpperCase()];
	}
	// BASH_ENV and ENV make a non-interactive shell read a start-up file first.
	delete env['BASH_ENV'];
	delete env['ENV'];
	return {
		...env,
		HOME: home,
		HTTPIE_CONFIG_DIR: home,
		LANG: 'C.UTF-8',
		LC_ALL: 'C.UTF-8',
		NO_PROXY: '127.0.0.1,localhost',
		no_proxy: '127.0.0.1,localhost',
	};
}
