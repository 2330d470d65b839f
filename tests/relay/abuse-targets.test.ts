// Attempts to make the relay reach another host or another path: each must be refused before
// anything is sent upstream.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';

import { relayErrorOf, send, sendRaw, SMS_BODY } from './support/http-helpers';
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

const TAIL = 'api/v1/subaccounts/acme_hq/messages';

async function expectRefused(path: string, relayError: string, status: number) {
	const answer = await send(rig, { path });

	expect({ status: answer.status, relayError: relayErrorOf(answer.body) }).toEqual({
		status,
		relayError,
	});
	expect(answer.headers['x-relay']).toBe('8x8-guide');
	expect(rig.fake.requests).toEqual([]);
}

describe('relay refuses other hosts', () => {
	it('refuses a host name in place of the region', async () => {
		await expectRefused(`/relay/sms/evil.example/${TAIL}`, 'REGION_UNKNOWN', 404);
	});

	it("refuses a look-alike of 8x8's host", async () => {
		await expectRefused(`/relay/sms/sms.8x8.com.evil.example/${TAIL}`, 'REGION_UNKNOWN', 404);
	});

	it('refuses a full URL in the path', async () => {
		await expectRefused(`/relay/sms/https://evil.example/${TAIL}`, 'ROUTE_NOT_FOUND', 404);
	});

	it('refuses an IPv4 literal', async () => {
		await expectRefused(`/relay/sms/127.0.0.1/${TAIL}`, 'REGION_UNKNOWN', 404);
	});

	it('refuses an IPv6 literal', async () => {
		await expectRefused(`/relay/sms/[::1]/${TAIL}`, 'REGION_UNKNOWN', 404);
	});

	it('refuses a decimal IPv4 address', async () => {
		await expectRefused(`/relay/sms/2130706433/${TAIL}`, 'REGION_UNKNOWN', 404);
	});

	it('refuses a hexadecimal IPv4 address', async () => {
		await expectRefused(`/relay/sms/0x7f000001/${TAIL}`, 'REGION_UNKNOWN', 404);
	});

	it('refuses an octal IPv4 address', async () => {
		await expectRefused(`/relay/sms/0177.0.0.1/${TAIL}`, 'REGION_UNKNOWN', 404);
	});

	it('refuses user info before a host', async () => {
		await expectRefused(`/relay/sms/ap@evil.example/${TAIL}`, 'REGION_UNKNOWN', 404);
	});

	it('refuses user info in the subaccount segment', async () => {
		const path = '/relay/sms/ap/api/v1/subaccounts/user:pass@evil.example/messages';
		await expectRefused(path, 'SUBACCOUNT_INVALID', 400);
	});

	it('refuses an absolute-form request target naming another host', async () => {
		const request =
			`POST http://evil.example/relay/sms/ap/${TAIL} HTTP/1.1\r\nHost: ${rig.host}\r\n` +
			`Origin: ${rig.origin}\r\nContent-Type: application/json\r\n` +
			`Content-Length: ${SMS_BODY.length}\r\n\r\n${SMS_BODY}`;
		const exchange = await sendRaw(rig.port, [request]);

		expect(exchange.status).toBe(400);
		expect(relayErrorOf(exchange.text)).toBe('MALFORMED_REQUEST');
		expect(rig.fake.requests).toEqual([]);
	});
});

describe('relay refuses path tricks', () => {
	it('refuses percent-encoded dot segments', async () => {
		await expectRefused('/relay/sms/ap/api/v1/subaccounts/%2e%2e/messages', 'PATH_ENCODING', 400);
	});

	it('refuses a percent-encoded slash', async () => {
		const path = '/relay/sms/ap/api/v1/subaccounts/acme_hq%2f..%2f..%2fadmin/messages';
		await expectRefused(path, 'PATH_ENCODING', 400);
	});

	it('refuses double percent-encoding', async () => {
		await expectRefused(
			'/relay/sms/ap/api/v1/subaccounts/%252e%252e/messages',
			'PATH_ENCODING',
			400,
		);
	});

	it('refuses dot-segment path traversal', async () => {
		await expectRefused(
			'/relay/sms/ap/api/v1/subaccounts/../../../admin/messages',
			'ROUTE_NOT_FOUND',
			404,
		);
	});

	it('refuses a query string', async () => {
		await expectRefused(`/relay/sms/ap/${TAIL}?next=https://evil.example`, 'PATH_ENCODING', 400);
	});

	it('refuses another 8x8 endpoint', async () => {
		await expectRefused(
			'/relay/sms/ap/api/v1/subaccounts/acme_hq/messages/123',
			'ROUTE_NOT_FOUND',
			404,
		);
	});

	it.each([{ method: 'GET' }, { method: 'PUT' }, { method: 'DELETE' }, { method: 'PATCH' }])(
		'refuses $method with 405 and Allow: POST',
		async ({ method }) => {
			const answer = await send(rig, { method, body: '' });

			expect([answer.status, relayErrorOf(answer.body)]).toEqual([405, 'METHOD_NOT_ALLOWED']);
			expect(answer.headers['allow']).toBe('POST');
			expect(rig.fake.requests).toEqual([]);
		},
	);

	it('refuses a CORS preflight without any Access-Control header', async () => {
		const answer = await send(rig, {
			method: 'OPTIONS',
			headers: { 'access-control-request-method': 'POST', origin: 'http://evil.example' },
			body: '',
		});

		expect(answer.status).toBe(405);
		expect(Object.keys(answer.headers).filter((name) => name.startsWith('access-control'))).toEqual(
			[],
		);
	});
});
