// Attempts to smuggle headers, origins and content past the relay.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';

import { KEY, relayErrorOf, send, sendRaw, SEND_PATH, SMS_BODY } from './support/http-helpers';
import { startRig, type Rig } from './support/start-rig';

let rig: Rig;

beforeAll(async () => {
	rig = await startRig();
});

afterAll(async () => {
	await rig.close();
});

beforeEach(() => {
	rig.fake.reset();
});

// A raw request, for what Node's client refuses to send: repeated or odd header values.
function request(extra: string[], authorization = `Bearer ${KEY}`): string {
	const lines = [
		`POST ${SEND_PATH} HTTP/1.1`,
		`Host: ${rig.host}`,
		`Origin: ${rig.origin}`,
		'Content-Type: application/json',
		`Authorization: ${authorization}`,
		...extra,
		`Content-Length: ${SMS_BODY.length}`,
	];
	return `${lines.join('\r\n')}\r\n\r\n${SMS_BODY}`;
}

async function expectRefused(
	headers: Record<string, string | null>,
	relayError: string,
	status: number,
) {
	const answer = await send(rig, { headers });

	expect({ status: answer.status, relayError: relayErrorOf(answer.body) }).toEqual({
		status,
		relayError,
	});
	expect(rig.fake.requests).toEqual([]);
}

describe('relay forwards only its two headers', () => {
	it('drops Cookie, X-Forwarded-For and every other extra header', async () => {
		await send(rig, {
			headers: {
				cookie: 'session=abc',
				'x-forwarded-for': '10.0.0.1',
				forwarded: 'for=10.0.0.1;host=evil.example',
				'x-real-ip': '10.0.0.1',
				'proxy-authorization': 'Basic Zm9vOmJhcg==',
				'x-http-method-override': 'DELETE',
			},
		});
		const headers = rig.fake.requests[0]?.headers ?? {};

		expect(Object.keys(headers).sort()).toEqual([
			'authorization',
			'connection',
			'content-length',
			'content-type',
			'host',
		]);
		expect(headers['authorization']).toBe(`Bearer ${KEY}`);
	});

	it('sends the upstream its own Host, whatever Host-like headers the page adds', async () => {
		await send(rig, { headers: { 'x-forwarded-host': 'evil.example', 'x-host': 'evil.example' } });

		expect(rig.fake.requests[0]?.headers['host']).toBe(new URL(rig.fake.url).host);
	});

	it('refuses two Authorization headers', async () => {
		const exchange = await sendRaw(rig.port, [request(['Authorization: Bearer other'])]);

		expect([exchange.status, relayErrorOf(exchange.text)]).toEqual([400, 'HEADER_INVALID']);
		expect(rig.fake.requests).toEqual([]);
	});

	it('refuses a non-ASCII byte in the Authorization value', async () => {
		const exchange = await sendRaw(rig.port, [request([], `Bearer ${KEY}\xe7`)]);

		expect([exchange.status, relayErrorOf(exchange.text)]).toEqual([400, 'HEADER_INVALID']);
		expect(rig.fake.requests).toEqual([]);
	});

	it('refuses a control character in the Authorization value', async () => {
		const exchange = await sendRaw(rig.port, [request([], `Bearer ${KEY}\x0b`)]);

		expect(exchange.status).toBe(400);
		expect(rig.fake.requests).toEqual([]);
	});
});

describe('relay accepts only same-origin requests', () => {
	it('refuses a cross-origin Origin', async () => {
		await expectRefused({ origin: 'http://evil.example' }, 'ORIGIN_NOT_ALLOWED', 403);
	});

	it('refuses the null Origin of a sandboxed page', async () => {
		await expectRefused({ origin: 'null' }, 'ORIGIN_NOT_ALLOWED', 403);
	});

	it('refuses its own host on another port', async () => {
		await expectRefused({ origin: `http://127.0.0.1:${rig.port + 1}` }, 'ORIGIN_NOT_ALLOWED', 403);
	});

	it('refuses a request the browser marks cross-site', async () => {
		await expectRefused({ 'sec-fetch-site': 'cross-site' }, 'ORIGIN_NOT_ALLOWED', 403);
	});

	it('refuses a request without Origin', async () => {
		await expectRefused({ origin: null, 'sec-fetch-site': null }, 'ORIGIN_MISSING', 403);
	});

	it('refuses a spoofed Host (DNS rebinding)', async () => {
		const host = `evil.example:${rig.port}`;
		await expectRefused({ host, origin: `http://${host}` }, 'HOST_NOT_ALLOWED', 421);
	});

	it('refuses a spoofed Host on static pages too', async () => {
		const answer = await send(rig, {
			method: 'GET',
			path: '/',
			headers: { host: 'evil.example' },
			body: '',
		});

		expect(answer.status).toBe(421);
	});
});

describe('relay refuses bodies that are not JSON', () => {
	it.each([
		{ contentType: 'text/plain' },
		{ contentType: 'application/x-www-form-urlencoded' },
		{ contentType: 'multipart/form-data; boundary=x' },
		{ contentType: 'application/jsonp' },
	])('refuses Content-Type $contentType', async ({ contentType }) => {
		await expectRefused({ 'content-type': contentType }, 'CONTENT_TYPE_NOT_JSON', 415);
	});

	it('refuses a request without Content-Type', async () => {
		await expectRefused({ 'content-type': null }, 'CONTENT_TYPE_NOT_JSON', 415);
	});
});
