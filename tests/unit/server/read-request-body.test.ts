import { createServer, request as httpRequest, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';

import { closeServer, listen } from '~/server/listen';
import { readRequestBody, type BodyLimits, type BodyReading } from '~/server/read-request-body';

let server: Server | undefined;

afterEach(async () => {
	if (server) {
		await closeServer(server);
	}
});

// Starts a server that reads one body with `limits`, and resolves to what the reading gave.
async function readOnce(limits: BodyLimits, send: (port: number) => void): Promise<BodyReading> {
	const reading = new Promise<BodyReading>((resolve) => {
		server = createServer((incoming, response) => {
			void readRequestBody(incoming, limits).then((result) => {
				resolve(result);
				response.end();
			});
		});
	});
	await listen(server as Server, 0, '127.0.0.1');
	send((server?.address() as AddressInfo).port);
	return reading;
}

function post(port: number, chunks: string[], headers: Record<string, string> = {}) {
	const outgoing = httpRequest({ port, host: '127.0.0.1', method: 'POST', headers });
	outgoing.on('error', () => {});
	outgoing.flushHeaders();
	for (const chunk of chunks) {
		outgoing.write(chunk);
	}
	return outgoing;
}

describe('readRequestBody', () => {
	it('returns the body bytes once all chunks have arrived', async () => {
		const reading = await readOnce({ maxBytes: 100, timeoutMs: 5_000 }, (port) => {
			post(port, ['{"a":', '1}']).end();
		});

		expect(reading).toEqual({ ok: true, body: Buffer.from('{"a":1}') });
	});

	it('refuses a declared Content-Length over the cap before reading', async () => {
		const reading = await readOnce({ maxBytes: 10, timeoutMs: 5_000 }, (port) => {
			post(port, [], { 'content-length': '11' });
		});

		expect(reading).toEqual({ ok: false, reason: 'too-large' });
	});

	it('stops a chunked body as soon as it passes the cap', async () => {
		const reading = await readOnce({ maxBytes: 10, timeoutMs: 5_000 }, (port) => {
			post(port, ['123456', '789012']);
		});

		expect(reading).toEqual({ ok: false, reason: 'too-large' });
	});

	it('gives up on a body that does not finish in time', async () => {
		const reading = await readOnce({ maxBytes: 100, timeoutMs: 50 }, (port) => {
			post(port, ['{"a":']);
		});

		expect(reading).toEqual({ ok: false, reason: 'timeout' });
	});

	it('reports a client that leaves mid-body', async () => {
		const reading = await readOnce({ maxBytes: 100, timeoutMs: 5_000 }, (port) => {
			const outgoing = post(port, ['{"a":'], { 'content-length': '20' });
			setImmediate(() => outgoing.destroy());
		});

		expect(reading).toEqual({ ok: false, reason: 'aborted' });
	});
});
