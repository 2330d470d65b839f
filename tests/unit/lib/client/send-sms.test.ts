import { describe, expect, it, vi } from 'vitest';

import { explainOutcome } from '~/lib/client/explain-outcome';
import { sendSms } from '~/lib/client/send-sms';

const KEY = 'AbCdEf123GhIjKl456MnOpQr789';
const URL_AP = 'https://sms.8x8.com/api/v1/subaccounts/acme_hq/messages';
const HEADERS = { Authorization: `Bearer ${KEY}`, 'Content-Type': 'application/json' };
const BODY = '{"destination":"+6591234567","text":"Hi"}';
const SENT = {
	method: 'POST',
	url: URL_AP,
	headers: { Authorization: 'Bearer [redacted]', 'Content-Type': 'application/json' },
};

function answering(status: number, body: string, headers: Record<string, string> = {}) {
	return vi.fn<typeof fetch>(() => Promise.resolve(new Response(body, { status, headers })));
}

function failing(error: Error) {
	return vi.fn<typeof fetch>(() => Promise.reject(error));
}

describe('sendSms', () => {
	it('POSTs the body with the headers as given', async () => {
		const fetchFn = answering(200, '{}');
		await sendSms({ url: URL_AP, headers: HEADERS, body: BODY }, fetchFn);
		expect(fetchFn).toHaveBeenCalledWith(URL_AP, { method: 'POST', headers: HEADERS, body: BODY });
	});

	it('classifies a QUEUED answer as accepted and keeps the raw body', async () => {
		const raw =
			'{"umid":"bda3d56d-1424-e711-813c-06ed3428fe67","clientMessageId":null,' +
			'"destination":"6591234567","encoding":"GSM7",' +
			'"status":{"code":"QUEUED","description":"SMS is accepted and queued for processing"}}';
		const outcome = await sendSms(
			{ url: URL_AP, headers: HEADERS, body: BODY },
			answering(200, raw),
		);
		expect(outcome).toEqual({
			kind: 'accepted',
			status: 200,
			rawBody: raw,
			request: SENT,
			umid: 'bda3d56d-1424-e711-813c-06ed3428fe67',
			encoding: 'GSM7',
			destination: '6591234567',
			clientMessageId: null,
			explanation: explainOutcome(outcome),
		});
		expect(outcome.explanation.title).toBe('Accepted for delivery');
	});

	it.each([
		{ name: 'Failed to fetch (Chromium)', error: new TypeError('Failed to fetch') },
		{
			name: 'NetworkError (Firefox)',
			error: new TypeError('NetworkError when attempting to fetch resource.'),
		},
		{ name: 'Load failed (Safari)', error: new TypeError('Load failed') },
		{ name: 'fetch failed (Node)', error: new TypeError('fetch failed') },
	])(
		'classifies a rejected fetch with $name as unreachable, not a key problem',
		async ({ error }) => {
			const outcome = await sendSms({ url: URL_AP, headers: HEADERS, body: BODY }, failing(error));
			expect(outcome).toMatchObject({
				kind: 'network-error',
				status: 0,
				rawBody: '',
				reason: 'unreachable',
				cause: { name: 'TypeError', message: error.message },
			});
			expect(outcome.explanation.title).toBe('The browser blocked the call');
			expect(JSON.stringify(outcome.explanation)).not.toMatch(/401|key (is )?(wrong|invalid)/i);
		},
	);

	it.each([
		{ name: 'AbortError', error: new DOMException('The operation was aborted.', 'AbortError') },
		{ name: 'TimeoutError', error: new DOMException('The operation timed out.', 'TimeoutError') },
	])('classifies a fetch ended by $name as aborted', async ({ error }) => {
		const outcome = await sendSms({ url: URL_AP, headers: HEADERS, body: BODY }, failing(error));
		expect(outcome).toMatchObject({ kind: 'network-error', reason: 'aborted' });
	});

	it('classifies an opaque status-0 answer as unreachable', async () => {
		const opaque = { status: 0, type: 'opaque' } as Response;
		const fetchFn = vi.fn<typeof fetch>(() => Promise.resolve(opaque));
		const outcome = await sendSms({ url: URL_AP, headers: HEADERS, body: BODY }, fetchFn);
		expect(outcome).toMatchObject({ kind: 'network-error', reason: 'unreachable', status: 0 });
	});

	it.each([
		{ name: 'a zero-width space', value: `Bearer AbCdEf\u200b123GhIjKl456` },
		{ name: 'an inner line break', value: `Bearer AbCdEf123\nGhIjKl456` },
	])('refuses to send a header with $name and names the header', async ({ value }) => {
		const fetchFn = answering(200, '{}');
		const headers = { ...HEADERS, Authorization: value };
		const outcome = await sendSms({ url: URL_AP, headers, body: BODY }, fetchFn);
		expect(fetchFn).not.toHaveBeenCalled();
		expect(outcome).toMatchObject({
			kind: 'network-error',
			reason: 'header-rejected',
			headerName: 'Authorization',
			cause: { name: 'TypeError', message: 'Invalid header value' },
		});
		expect(JSON.stringify(outcome)).not.toContain('AbCdEf');
	});

	it.each([
		{ name: 'Authorization:', title: 'The browser refused a header name' },
		{ name: ' Authorization', title: 'The browser refused a header name' },
	])('refuses to send a header named "$name"', async ({ name, title }) => {
		const fetchFn = answering(200, '{}');
		const headers = { [name]: `Bearer ${KEY}`, 'Content-Type': 'application/json' };
		const outcome = await sendSms({ url: URL_AP, headers, body: BODY }, fetchFn);
		expect(fetchFn).not.toHaveBeenCalled();
		expect(outcome).toMatchObject({ reason: 'header-rejected', headerName: name });
		expect(outcome.explanation.title).toBe(title);
		expect(JSON.stringify(outcome)).not.toContain(KEY);
	});

	it('scrubs the key from a body that echoes the request', async () => {
		const echo = JSON.stringify({ headers: { authorization: `Bearer ${KEY}` } });
		const outcome = await sendSms(
			{ url: URL_AP, headers: HEADERS, body: BODY },
			answering(200, echo),
		);
		expect(outcome.kind).toBe('bad-response');
		expect(outcome.rawBody).toBe('{"headers":{"authorization":"[redacted]"}}');
	});

	it('scrubs the key from the message of a failed fetch', async () => {
		const error = new TypeError(`Cannot send Bearer ${KEY}`);
		const outcome = await sendSms({ url: URL_AP, headers: HEADERS, body: BODY }, failing(error));
		expect(outcome).toMatchObject({ cause: { message: 'Cannot send [redacted]' } });
	});

	it('uses the global fetch when none is passed', async () => {
		const fetchFn = answering(503, 'Service Unavailable');
		vi.stubGlobal('fetch', fetchFn);
		const outcome = await sendSms({ url: URL_AP, headers: HEADERS, body: BODY });
		vi.unstubAllGlobals();
		expect(fetchFn).toHaveBeenCalledOnce();
		expect(outcome).toMatchObject({ kind: 'http-error', status: 503, code: null });
	});
});

describe('sendSms with options', () => {
	it('passes the signal and explains a live timeout as an unknown outcome', async () => {
		const signal = AbortSignal.abort(new DOMException('Timed out', 'TimeoutError'));
		const fetchFn = failing(new DOMException('Timed out', 'TimeoutError'));

		const outcome = await sendSms({ url: URL_AP, headers: HEADERS, body: BODY }, fetchFn, {
			signal,
			live: true,
		});

		expect(fetchFn.mock.calls[0]?.[1]).toMatchObject({ signal });
		expect(outcome).toMatchObject({ kind: 'network-error', reason: 'aborted' });
		expect(outcome.explanation.title).toBe('No answer in time: the SMS may or may not be sent');
	});
});
