import { describe, expect, it } from 'vitest';

import { classifyResponse } from '~/lib/client/classify-response';

const REQUEST = {
	method: 'POST' as const,
	url: 'https://sms.8x8.com/api/v1/subaccounts/acme_hq/messages',
	headers: {},
};
const UMID = 'f9eaeb51-24fd-e611-813c-06ed3428fe67';

function classify(status: number, body: unknown, retryAfter: string | null = null) {
	const rawBody = typeof body === 'string' ? body : JSON.stringify(body);
	return classifyResponse({ status, retryAfter, rawBody }, REQUEST);
}

describe('classifyResponse', () => {
	it('reads an accepted SmsResponse', () => {
		const status = { code: 'QUEUED', description: 'SMS is accepted and queued for processing' };
		const body = {
			umid: UMID,
			clientMessageId: 'c1',
			destination: '6512345678',
			encoding: 'UCS2',
			status,
		};
		expect(classify(200, body)).toMatchObject({
			kind: 'accepted',
			umid: UMID,
			clientMessageId: 'c1',
			destination: '6512345678',
			encoding: 'UCS2',
		});
	});

	it('treats a 200 REJECTED as a rejection with its description', () => {
		const status = { code: 'REJECTED', description: 'Invalid source' };
		const body = { umid: UMID, destination: '6512345678', encoding: 'GSM7', status };
		expect(classify(200, body)).toMatchObject({
			kind: 'rejected',
			status: 200,
			description: 'Invalid source',
			umid: UMID,
		});
	});

	it('reads 8x8 error fields and a numeric Retry-After', () => {
		const body = {
			code: 429,
			message: 'Quota exceeded',
			errorId: UMID,
			timestamp: '2020-07-06T07:07:00.30Z',
		};
		expect(classify(429, body, '3')).toMatchObject({
			kind: 'http-error',
			status: 429,
			code: 429,
			message: 'Quota exceeded',
			errorId: UMID,
			retryAfterSeconds: 3,
		});
	});

	it.each([
		{ name: 'an HTML error page', body: '<html>502 Bad Gateway</html>', retryAfter: null },
		{ name: 'a non-integer code', body: { code: '1200', message: 7 }, retryAfter: null },
		{ name: 'a Retry-After date', body: {}, retryAfter: 'Wed, 21 Oct 2015 07:28:00 GMT' },
	])('keeps the status but nulls the 8x8 fields for $name', ({ body, retryAfter }) => {
		expect(classify(502, body, retryAfter)).toMatchObject({
			kind: 'http-error',
			status: 502,
			code: null,
			message: null,
			errorId: null,
			retryAfterSeconds: null,
		});
	});

	it.each([
		{ name: 'a non-JSON 200', status: 200, body: 'OK' },
		{ name: 'a 200 without status', status: 200, body: { umid: UMID } },
		{ name: 'a QUEUED status without umid', status: 200, body: { status: { code: 'QUEUED' } } },
		{ name: 'a redirect', status: 302, body: '' },
		{ name: 'a JSON array', status: 200, body: [] },
	])('calls $name a bad response', ({ status, body }) => {
		expect(classify(status, body)).toEqual({
			kind: 'bad-response',
			status,
			rawBody: typeof body === 'string' ? body : JSON.stringify(body),
			request: REQUEST,
		});
	});
});

describe('classifyResponse with the local relay', () => {
	const refusal = {
		relayError: 'UPSTREAM_REDIRECT',
		title: '8x8 answered with a redirect, which the relay does not follow.',
		detail: 'Following it could send your key to another host, so the relay stops there.',
		fix: "Check the region: each 8x8 account answers on its own region's host.",
	};

	it('reads a relay refusal with its own message', () => {
		const { relayError, ...message } = refusal;
		expect(classify(502, refusal)).toMatchObject({
			kind: 'relay-refused',
			status: 502,
			relayError,
			message,
		});
	});

	it('treats a relayError body without a message as an HTTP error', () => {
		expect(classify(502, { relayError: 'X' })).toMatchObject({ kind: 'http-error' });
	});

	it('ignores relayError on a 200', () => {
		expect(classify(200, refusal)).toMatchObject({ kind: 'bad-response' });
	});
});
