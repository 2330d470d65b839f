import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';

import { startFakeSmsServer, type FakeSmsServer } from '~/server/fake-sms-server';

const KEY = 'AbCdEf123GhIjKl456MnOpQr789';
const AUTH = { authorization: `Bearer ${KEY}`, 'content-type': 'application/json' };
const MESSAGES = '/api/v1/subaccounts/acme_hq/messages';

let fake: FakeSmsServer;
let redirectTarget: FakeSmsServer;

beforeAll(async () => {
	redirectTarget = await startFakeSmsServer();
	fake = await startFakeSmsServer({ redirectTo: `${redirectTarget.url}/elsewhere` });
});

afterAll(async () => {
	await fake.close();
	await redirectTarget.close();
});

beforeEach(() => {
	fake.reset();
});

function post(path: string, body: string, headers: Record<string, string> = AUTH) {
	return fetch(fake.url + path, { method: 'POST', headers, body, redirect: 'manual' });
}

describe('startFakeSmsServer', () => {
	it('listens on a random loopback port', () => {
		expect(fake.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
	});

	it('queues a valid send the way the model does', async () => {
		const response = await post(MESSAGES, '{"destination":"+6591234567","text":"Hi"}');
		const body = (await response.json()) as Record<string, unknown>;

		expect(response.status).toBe(200);
		expect(response.headers.get('content-type')).toBe('application/json');
		expect(body).toMatchObject({
			destination: '6591234567',
			encoding: 'GSM7',
			status: { code: 'QUEUED', description: 'SMS is accepted and queued for processing' },
		});
	});

	it('records method, path, lower-case headers and the body text exactly', async () => {
		const text = '{ "destination" : "+6591234567",\n "text": "Héllo 🔥" }';
		await post(`${MESSAGES}?trace=1`, text, { 'X-Custom': 'a', ...AUTH });

		expect(fake.requests).toHaveLength(1);
		expect(fake.requests[0]).toMatchObject({
			method: 'POST',
			path: `${MESSAGES}?trace=1`,
			body: text,
		});
		expect(fake.requests[0]?.headers).toMatchObject({ 'x-custom': 'a', ...AUTH });
	});

	it('answers 401 with code 1200 when the key is missing', async () => {
		const response = await post(MESSAGES, '{}', { 'content-type': 'application/json' });

		expect(response.status).toBe(401);
		expect(await response.json()).toMatchObject({ code: 1200 });
	});

	it('answers 404 with code 1300 on any other path', async () => {
		const response = await post('/api/v1/subaccounts/acme_hq/other', '{}');

		expect(response.status).toBe(404);
		expect(await response.json()).toMatchObject({ code: 1300 });
	});

	it('counts accepted and rejected messages on the batch endpoint', async () => {
		const batch = {
			clientBatchId: 'spring-sale',
			template: { text: 'Sale starts today' },
			messages: [
				{ destination: '+6591234567' },
				{ destination: '+6591234568' },
				{ destination: '12' },
			],
		};
		const response = await post(`${MESSAGES}/batch`, JSON.stringify(batch));

		expect(response.status).toBe(200);
		expect(await response.json()).toMatchObject({
			clientBatchId: 'spring-sale',
			acceptedCount: 2,
			rejectedCount: 1,
			messages: null,
		});
	});

	it('empties the same requests array on reset', async () => {
		const requests = fake.requests;
		await post(MESSAGES, '{}');
		fake.reset();

		expect(fake.requests).toBe(requests);
		expect(requests).toEqual([]);
	});

	it('answers 413 to a body over 1 MiB without recording it', async () => {
		const response = await post(MESSAGES, 'x'.repeat(1024 * 1024 + 1));

		expect(response.status).toBe(413);
		expect(fake.requests).toEqual([]);
	});

	it('refuses to listen on anything but loopback', async () => {
		const host = '0.0.0.0' as '127.0.0.1';

		await expect(startFakeSmsServer({ host })).rejects.toThrow(/cannot listen on 0\.0\.0\.0/);
	});
});

describe('startFakeSmsServer faults', () => {
	it('answers fault-html with a 502 HTML page', async () => {
		const response = await post('/api/v1/subaccounts/fault-html/messages', '{}');

		expect(response.status).toBe(502);
		expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
		expect(await response.text()).toContain('<h1>Bad Gateway</h1>');
	});

	it('answers fault-redirect with a 302 to the redirect target', async () => {
		const response = await post('/api/v1/subaccounts/fault-redirect/messages/batch', '{}');

		expect(response.status).toBe(302);
		expect(response.headers.get('location')).toBe(`${redirectTarget.url}/elsewhere`);
	});

	it('answers fault-bad-json with a cut-off JSON body', async () => {
		const response = await post('/api/v1/subaccounts/fault-bad-json/messages', '{}');

		expect(response.status).toBe(200);
		await expect(response.json()).rejects.toThrow(SyntaxError);
	});

	it('resets the connection for fault-reset', async () => {
		await expect(post('/api/v1/subaccounts/fault-reset/messages', '{}')).rejects.toThrow(
			'fetch failed',
		);
		expect(fake.requests).toHaveLength(1);
	});

	it('holds fault-timeout open until the server closes', async () => {
		const other = await startFakeSmsServer();
		const pending = fetch(`${other.url}/api/v1/subaccounts/fault-timeout/messages`, {
			method: 'POST',
			body: '{}',
		});
		await vi.waitFor(() => expect(other.requests).toHaveLength(1));
		await other.close();

		await expect(pending).rejects.toThrow('fetch failed');
	});
});
