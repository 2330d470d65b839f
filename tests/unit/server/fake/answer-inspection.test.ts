import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';

import { startFakeSmsServer, type FakeSmsServer } from '~/server/fake-sms-server';

const MESSAGES = '/api/v1/subaccounts/acme_hq/messages';
const HEADERS = {
	authorization: 'Bearer AbCdEf123GhIjKl456MnOpQr789',
	'content-type': 'application/json',
};
const BODY = '{"destination":"+6591234567","text":"Say \\"hi\\" 🙂"}';

let fake: FakeSmsServer;

beforeAll(async () => {
	fake = await startFakeSmsServer();
});

afterAll(async () => {
	await fake.close();
});

beforeEach(() => {
	fake.reset();
});

describe('fake inspection route', () => {
	it('answers the recorded requests as JSON, without recording itself', async () => {
		await fetch(fake.url + MESSAGES, { method: 'POST', headers: HEADERS, body: BODY });

		const response = await fetch(`${fake.url}/__fake/requests`);
		const recorded = (await response.json()) as { path: string; headers: object; body: string }[];

		expect(response.status).toBe(200);
		expect(response.headers.get('content-type')).toBe('application/json');
		expect(recorded).toHaveLength(1);
		expect(recorded[0]).toMatchObject({ method: 'POST', path: MESSAGES, body: BODY });
		expect(recorded[0]?.headers).toMatchObject(HEADERS);
		expect(fake.requests).toHaveLength(1);
	});

	it('empties the record on DELETE', async () => {
		await fetch(fake.url + MESSAGES, { method: 'POST', headers: HEADERS, body: BODY });

		const cleared = await fetch(`${fake.url}/__fake/requests`, { method: 'DELETE' });
		const after = (await (await fetch(`${fake.url}/__fake/requests`)).json()) as unknown[];

		expect(cleared.status).toBe(204);
		expect(after).toEqual([]);
		expect(fake.requests).toEqual([]);
	});

	it('refuses other methods with 405 and an Allow header', async () => {
		const response = await fetch(`${fake.url}/__fake/requests`, { method: 'POST', body: '{}' });

		expect(response.status).toBe(405);
		expect(response.headers.get('allow')).toBe('GET, DELETE');
		expect(fake.requests).toEqual([]);
	});
});
