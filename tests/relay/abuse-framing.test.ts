// Attempts on HTTP framing and on the relay's size and time caps.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';

import { relayErrorOf, send, sendRaw, SEND_PATH, SMS_BODY } from './support/http-helpers';
import { startRig, type Rig } from './support/start-rig';

let rig: Rig;
let slow: Rig;

beforeAll(async () => {
	rig = await startRig();
	// Tight time caps, used only by the slow-sender tests.
	slow = await startRig({ headersTimeoutMs: 300, relay: { limits: { bodyMs: 300 } } });
});

afterAll(async () => {
	await rig.close();
	await slow.close();
});

beforeEach(() => {
	rig.fake.reset();
});

function head(extra: string[], target: Rig = rig): string {
	const lines = [
		`POST ${SEND_PATH} HTTP/1.1`,
		`Host: ${target.host}`,
		`Origin: ${target.origin}`,
		'Content-Type: application/json',
		'Authorization: Bearer AbCdEf123GhIjKl456MnOpQr789',
		...extra,
	];
	return `${lines.join('\r\n')}\r\n\r\n`;
}

describe('relay refuses ambiguous framing', () => {
	it('refuses Content-Length together with Transfer-Encoding', async () => {
		const body = `${SMS_BODY.length.toString(16)}\r\n${SMS_BODY}\r\n0\r\n\r\n`;
		const request = head([`Content-Length: ${SMS_BODY.length}`, 'Transfer-Encoding: chunked']);
		const exchange = await sendRaw(rig.port, [request + body]);

		expect([exchange.status, relayErrorOf(exchange.text)]).toEqual([400, 'MALFORMED_REQUEST']);
		expect(exchange.closedByServer).toBe(true);
		expect(rig.fake.requests).toEqual([]);
	});

	it('refuses two Content-Length headers', async () => {
		const length = `Content-Length: ${SMS_BODY.length}`;
		const exchange = await sendRaw(rig.port, [head([length, length]) + SMS_BODY]);

		expect([exchange.status, relayErrorOf(exchange.text)]).toEqual([400, 'MALFORMED_REQUEST']);
		expect(rig.fake.requests).toEqual([]);
	});

	it('refuses a bare CR in a header value (header injection)', async () => {
		const request = head(['X-Note: a\rX-Injected: 1', `Content-Length: ${SMS_BODY.length}`]);
		const exchange = await sendRaw(rig.port, [request + SMS_BODY]);

		expect(exchange.status).toBe(400);
		expect(rig.fake.requests).toEqual([]);
	});

	it('refuses a bare LF in a header value (header injection)', async () => {
		const request = head(['X-Note: a\nX-Injected: 1', `Content-Length: ${SMS_BODY.length}`]);
		const exchange = await sendRaw(rig.port, [request + SMS_BODY]);

		expect(exchange.status).toBe(400);
		expect(rig.fake.requests).toEqual([]);
	});

	it('never reads a request smuggled after a refused one', async () => {
		const smuggled = head([`Content-Length: ${SMS_BODY.length}`]) + SMS_BODY;
		const first = head(['Content-Type: text/plain', `Content-Length: ${smuggled.length}`]);
		const exchange = await sendRaw(rig.port, [first + smuggled]);

		expect(exchange.text.match(/^HTTP\/1\.1/gm)).toHaveLength(1);
		expect(exchange.closedByServer).toBe(true);
		expect(rig.fake.requests).toEqual([]);
	});

	it('refuses headers over 16 KB with 431', async () => {
		const exchange = await sendRaw(rig.port, [head([`X-Pad: ${'a'.repeat(17 * 1024)}`])]);

		expect(exchange.status).toBe(431);
		expect(rig.fake.requests).toEqual([]);
	});
});

describe('relay caps size and time', () => {
	it('refuses a declared body over 64 KB', async () => {
		const answer = await send(rig, { body: `{"text":"${'a'.repeat(64 * 1024)}"}` });

		expect([answer.status, relayErrorOf(answer.body)]).toEqual([413, 'BODY_TOO_LARGE']);
		expect(rig.fake.requests).toEqual([]);
	});

	it('stops reading a chunked body once it passes 64 KB', async () => {
		const chunk = 'a'.repeat(16 * 1024);
		const chunks = Array.from({ length: 5 }, () => `${chunk.length.toString(16)}\r\n${chunk}\r\n`);
		const exchange = await sendRaw(rig.port, [head(['Transfer-Encoding: chunked']), ...chunks]);

		expect([exchange.status, relayErrorOf(exchange.text)]).toEqual([413, 'BODY_TOO_LARGE']);
		expect(exchange.closedByServer).toBe(true);
		expect(rig.fake.requests).toEqual([]);
	});

	it('cuts off a body that trickles in (slowloris) at the body time cap', async () => {
		const request = head([`Content-Length: ${SMS_BODY.length}`], slow) + SMS_BODY.slice(0, 10);
		const exchange = await sendRaw(slow.port, [request]);

		expect([exchange.status, relayErrorOf(exchange.text)]).toEqual([408, 'BODY_TIMEOUT']);
		expect(exchange.closedByServer).toBe(true);
		expect(slow.fake.requests).toEqual([]);
	});

	it('closes a connection whose headers never finish (slowloris)', async () => {
		const start = `POST ${SEND_PATH} HTTP/1.1\r\nHost: ${slow.host}\r\n`;
		const exchange = await sendRaw(slow.port, [start]);

		expect(exchange.status).toBe(408);
		expect(exchange.closedByServer).toBe(true);
		expect(slow.fake.requests).toEqual([]);
	});
});
