import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';

import { sendSms } from '~/lib/client/send-sms';
import { server } from '~/mocks/node';

const KEY = 'AbCdEf123GhIjKl456MnOpQr789';
const HEADERS = { Authorization: `Bearer ${KEY}`, 'Content-Type': 'application/json' };
const BODY = JSON.stringify({
	destination: '+6591234567',
	text: 'New mail: Order "ABC-123" shipped',
});

beforeAll(() => {
	server.listen({ onUnhandledRequest: 'error' });
});
afterEach(() => {
	server.resetHandlers();
});
afterAll(() => {
	server.close();
});

function messagesUrl(subAccountId: string, base = 'https://sms.8x8.com'): string {
	return `${base}/api/v1/subaccounts/${encodeURIComponent(subAccountId)}/messages`;
}

describe('messageHandlers with sendSms', () => {
	it.each([
		{ base: 'https://sms.8x8.com' },
		{ base: 'https://sms.us.8x8.com' },
		{ base: 'https://sms.8x8.uk' },
		{ base: 'https://sms.8x8.id' },
	])('accepts a valid send on $base', async ({ base }) => {
		const outcome = await sendSms({
			url: messagesUrl('acme_hq', base),
			headers: HEADERS,
			body: BODY,
		});
		expect(outcome).toMatchObject({
			kind: 'accepted',
			status: 200,
			destination: '6591234567',
			encoding: 'GSM7',
			clientMessageId: null,
		});
	});

	it('answers a key without Bearer with 401 and code 1200', async () => {
		const headers = { ...HEADERS, Authorization: KEY };
		const outcome = await sendSms({ url: messagesUrl('acme_hq'), headers, body: BODY });
		expect(outcome).toMatchObject({ kind: 'http-error', status: 401, code: 1200 });
		expect(outcome.explanation.title).toBe('API key missing, wrong, or not sent as Bearer (401)');
	});

	it('answers a form body with 415', async () => {
		const headers = { ...HEADERS, 'Content-Type': 'application/x-www-form-urlencoded' };
		const body = 'destination=%2B6591234567&text=Hi';
		const outcome = await sendSms({ url: messagesUrl('acme_hq'), headers, body });
		expect(outcome).toMatchObject({ kind: 'http-error', status: 415, code: 415 });
	});

	it('reports a 200 REJECTED for a long sender name as a failure', async () => {
		const body = JSON.stringify({ destination: '+6591234567', text: 'Hi', source: 'Acme Support' });
		const outcome = await sendSms({ url: messagesUrl('acme_hq'), headers: HEADERS, body });
		expect(outcome).toMatchObject({ kind: 'rejected', status: 200 });
	});

	it('answers blank text with 400 and code 3005', async () => {
		const body = JSON.stringify({ destination: '+6591234567', text: '\r\n' });
		const outcome = await sendSms({ url: messagesUrl('acme_hq'), headers: HEADERS, body });
		expect(outcome).toMatchObject({ kind: 'http-error', status: 400, code: 3005 });
	});

	it.each([
		{ subAccountId: '<yourSubAccountId>', status: 401, code: 1001 },
		{ subAccountId: 'acme_hq ', status: 401, code: 1001 },
		{ subAccountId: 'mock-forbidden', status: 403, code: 1201 },
		{ subAccountId: 'mock-not-found', status: 404, code: 1001 },
		{ subAccountId: 'mock-server-error', status: 500, code: 2000 },
	])('answers $status with code $code for subaccount "$subAccountId"', async (row) => {
		const outcome = await sendSms({
			url: messagesUrl(row.subAccountId),
			headers: HEADERS,
			body: BODY,
		});
		expect(outcome).toMatchObject({ kind: 'http-error', status: row.status, code: row.code });
	});

	it('passes the Retry-After header of a 429 through to the outcome', async () => {
		const url = messagesUrl('mock-rate-limited');
		const outcome = await sendSms({ url, headers: HEADERS, body: BODY });
		expect(outcome).toMatchObject({ kind: 'http-error', status: 429, retryAfterSeconds: 5 });
	});

	it('answers other paths on 8x8 hosts instead of letting them reach the network', async () => {
		const url = 'https://sms.8x8.com/api/v1/subaccounts/acme_hq//messages';
		const outcome = await sendSms({ url, headers: HEADERS, body: BODY });
		expect(outcome).toMatchObject({ kind: 'http-error', status: 404, code: 1300 });
	});

	it('answers a GET on the messages path with 405', async () => {
		const response = await fetch(messagesUrl('acme_hq'), { headers: HEADERS });
		expect(response.status).toBe(405);
		expect(response.headers.get('allow')).toBe('POST');
	});

	it('keeps the key out of the outcome', async () => {
		const outcome = await sendSms({ url: messagesUrl('acme_hq'), headers: HEADERS, body: BODY });
		expect(JSON.stringify(outcome)).not.toContain(KEY);
		expect(outcome.request.headers['Authorization']).toBe('Bearer [redacted]');
	});
});
