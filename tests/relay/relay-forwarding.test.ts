import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';

import { KEY, SEND_PATH, SMS_BODY, send } from './support/http-helpers';
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

describe('relay forwarding', () => {
	it('passes 8x8 status and body through unchanged, marked x-relay', async () => {
		const answer = await send(rig);

		expect(answer.status).toBe(200);
		expect(answer.headers['x-relay']).toBe('8x8-guide');
		expect(answer.headers['content-type']).toBe('application/json');
		expect(JSON.parse(answer.body)).toMatchObject({
			destination: '6591234567',
			status: { code: 'QUEUED' },
		});
	});

	it('sends the body bytes and the messages path unchanged to the upstream', async () => {
		const body = '{ "destination" : "+6591234567",\n  "text": "Grüße 🔥" }';
		await send(rig, { body });

		expect(rig.fake.requests).toHaveLength(1);
		expect(rig.fake.requests[0]).toMatchObject({
			method: 'POST',
			path: '/api/v1/subaccounts/acme_hq/messages',
			body,
		});
	});

	it('forwards the batch endpoint', async () => {
		const body = JSON.stringify({ template: { text: 'Hi' }, destinations: ['+6591234567'] });
		const answer = await send(rig, { path: `${SEND_PATH}/batch`, body });

		expect(rig.fake.requests[0]?.path).toBe('/api/v1/subaccounts/acme_hq/messages/batch');
		expect(JSON.parse(answer.body)).toMatchObject({ acceptedCount: 1, rejectedCount: 0 });
	});

	it('keeps an ampersand in the subaccount ID encoded as %26', async () => {
		await send(rig, { path: '/relay/sms/eu/api/v1/subaccounts/R%26D_hq/messages' });

		expect(rig.fake.requests[0]?.path).toBe('/api/v1/subaccounts/R%26D_hq/messages');
	});

	it("passes 8x8's 401 through when the page sends no key", async () => {
		const answer = await send(rig, { headers: { authorization: null } });

		expect(answer.status).toBe(401);
		expect(JSON.parse(answer.body)).toMatchObject({ code: 1200 });
		expect(answer.body).not.toContain('relayError');
	});

	it("passes 8x8's Retry-After through with a 429", async () => {
		const path = '/relay/sms/ap/api/v1/subaccounts/mock-rate-limited/messages';
		const answer = await send(rig, { path });

		expect(answer.status).toBe(429);
		expect(answer.headers['retry-after']).toBe('5');
	});

	it('passes a non-JSON gateway error through with its status and body', async () => {
		const answer = await send(rig, {
			path: '/relay/sms/ap/api/v1/subaccounts/fault-html/messages',
		});

		expect(answer.status).toBe(502);
		expect(answer.headers['content-type']).toBe('text/html; charset=utf-8');
		expect(answer.body).toContain('<h1>Bad Gateway</h1>');
	});

	it('never writes the key or the body to the console, stdout or stderr', async () => {
		const spies = [
			vi.spyOn(process.stdout, 'write').mockReturnValue(true),
			vi.spyOn(process.stderr, 'write').mockReturnValue(true),
			...(['log', 'info', 'warn', 'error', 'debug'] as const).map((level) =>
				vi.spyOn(console, level).mockReturnValue(undefined),
			),
		];
		let written = '';
		try {
			await send(rig);
			await send(rig, { headers: { origin: 'http://evil.example' } });
			await send(rig, { path: '/relay/sms/ap/api/v1/subaccounts/fault-reset/messages' });
			// Read before restoring: restoring a spy clears its calls.
			written = JSON.stringify(spies.map((spy) => spy.mock.calls));
		} finally {
			spies.forEach((spy) => spy.mockRestore());
		}

		expect(written).not.toContain(KEY);
		expect(written).not.toContain(SMS_BODY);
	});
});
