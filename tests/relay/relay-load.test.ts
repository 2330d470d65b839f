// 500 sends at once through a relay in its own process, to a fake 8x8: no errors, and the
// relay's memory returns to where it was before the burst.
import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { startFakeSmsServer, type FakeSmsServer } from '~/server/fake-sms-server';

import { forkRelay, type RelayMemory, type RelayProcess } from './support/fork-relay';

const CONCURRENCY = 500;
// Memory (JS heap plus Buffers) left after a burst, compared with after a first, warming burst:
// runs differ by up to about 0.2 MB (JIT feedback, pooled sockets). Keeping every request's
// 2 KB body adds about 1.3 MB per burst, so half a megabyte tells the two apart.
const TOLERANCE_BYTES = 512 * 1024;
const TEXT = 'Your order 4521 has shipped. '.repeat(48);
const BODY = JSON.stringify({
	destination: '+6591234567',
	text: TEXT,
	clientMessageId: 'x'.repeat(300),
});

let fake: FakeSmsServer;
let relay: RelayProcess;

beforeAll(async () => {
	fake = await startFakeSmsServer();
	relay = await forkRelay(fake.url);
});

afterAll(async () => {
	await relay?.stop();
	await fake?.close();
});

// Resolves to 'ok' for a 200 QUEUED answer and to a short description of anything else.
function sendOne(index: number): Promise<string> {
	const host = `127.0.0.1:${relay.port}`;
	return new Promise((resolve) => {
		const outgoing = request({
			host: '127.0.0.1',
			port: relay.port,
			method: 'POST',
			path: `/relay/sms/${['ap', 'us', 'eu', 'id'][index % 4]}/api/v1/subaccounts/acme_hq/messages`,
			agent: false,
			headers: {
				host,
				origin: `http://${host}`,
				'content-type': 'application/json',
				authorization: 'Bearer AbCdEf123GhIjKl456MnOpQr789',
			},
		});
		outgoing.on('error', (error) => resolve(`transport: ${error.message}`));
		outgoing.on('response', (incoming) => {
			let text = '';
			incoming.on('data', (chunk: Buffer) => (text += chunk.toString()));
			incoming.on('end', () => {
				const queued = incoming.statusCode === 200 && text.includes('"QUEUED"');
				resolve(queued ? 'ok' : `${incoming.statusCode}: ${text.slice(0, 80)}`);
			});
		});
		outgoing.end(BODY);
	});
}

async function burst(): Promise<string[]> {
	const results = await Promise.all(
		Array.from({ length: CONCURRENCY }, (_, index) => sendOne(index)),
	);
	return results.filter((result) => result !== 'ok');
}

function total(memory: RelayMemory): number {
	return memory.heapUsed + memory.arrayBuffers;
}

function mb(bytes: number): string {
	return (bytes / 1024 / 1024).toFixed(2);
}

describe('relay under load', () => {
	it('relays 500 concurrent sends without an error and keeps its memory flat', async () => {
		const cold = total(await relay.memory());
		const warmUpErrors = await burst();
		const baseline = total(await relay.memory());
		fake.reset();

		const errors = await burst();
		const after = total(await relay.memory());
		console.log(
			`relay load: ${CONCURRENCY} concurrent x2, errors ${warmUpErrors.length}+${errors.length}, ` +
				`heap+buffers cold ${mb(cold)}, warm ${mb(baseline)}, after ${mb(after)} MB`,
		);

		expect(warmUpErrors).toEqual([]);
		expect(errors).toEqual([]);
		expect(fake.requests).toHaveLength(CONCURRENCY);
		expect(after - baseline).toBeLessThan(TOLERANCE_BYTES);
	}, 20_000);
});
