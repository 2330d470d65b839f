import { describe, expect, it } from 'vitest';

import { getApiCode } from '~/lib/errors/error-catalogue';
import { answerSmsRequest } from '~/mocks/sms-api-model';
import type { SmsApiRequest } from '~/mocks/sms-api-types';

const KEY = 'AbCdEf123GhIjKl456MnOpQr789';
const URL_AP = 'https://sms.8x8.com/api/v1/subaccounts/acme_hq/messages';
const NOW = '2024-05-01T08:30:00.000Z';
const ID = '00000000-0000-4000-8000-000000000001';
const VALID_BODY = { destination: '+6591234567', text: 'Hello' };

function fixed() {
	let count = 0;
	return {
		now: () => new Date(NOW),
		newId: () => `00000000-0000-4000-8000-${String(++count).padStart(12, '0')}`,
	};
}

function request(patch: Partial<SmsApiRequest> & { json?: unknown } = {}): SmsApiRequest {
	const { json = VALID_BODY, ...rest } = patch;
	return {
		method: 'POST',
		url: URL_AP,
		headers: { Authorization: `Bearer ${KEY}`, 'Content-Type': 'application/json' },
		body: JSON.stringify(json),
		...rest,
	};
}

function errorAnswer(status: number, code: number, message: string) {
	const headers = { 'content-type': 'application/json' };
	return { status, headers, body: { code, message, errorId: ID, timestamp: NOW } };
}

function queued(fields: { destination: string; encoding: string; clientMessageId?: string }) {
	const { destination, encoding, clientMessageId = null } = fields;
	const status = { code: 'QUEUED', description: 'SMS is accepted and queued for processing' };
	const body = { umid: ID, clientMessageId, destination, encoding, status };
	return { status: 200, headers: { 'content-type': 'application/json' }, body };
}

describe('answerSmsRequest', () => {
	it('queues a valid request and echoes the destination without its plus sign', () => {
		const body = { ...VALID_BODY, source: 'AcmeAlerts', clientMessageId: 'gmail-18c2f0a1b2c3d4e5' };
		const answer = answerSmsRequest(request({ json: body }), fixed());
		const expected = queued({
			destination: '6591234567',
			encoding: 'GSM7',
			clientMessageId: 'gmail-18c2f0a1b2c3d4e5',
		});
		expect(answer).toEqual(expected);
	});

	it.each([
		{ host: 'https://sms.8x8.com' },
		{ host: 'https://sms.us.8x8.com' },
		{ host: 'https://sms.8x8.uk' },
		{ host: 'https://sms.8x8.id' },
	])('answers on the regional host $host', ({ host }) => {
		const url = `${host}/api/v1/subaccounts/acme_hq/messages`;
		const answer = answerSmsRequest(request({ url }), fixed());
		expect(answer).toEqual(queued({ destination: '6591234567', encoding: 'GSM7' }));
	});

	it.each([
		{ name: 'an international number without +', destination: '447700900123' },
		{ name: 'the shortest allowed number', destination: '1234567' },
		{ name: 'the longest allowed number', destination: '+123456789012345' },
	])('accepts $name', ({ destination }) => {
		const answer = answerSmsRequest(request({ json: { destination, text: 'Hi' } }), fixed());
		expect(answer).toEqual(queued({ destination: destination.replace('+', ''), encoding: 'GSM7' }));
	});

	it.each([
		{ name: 'a lower-case header name and scheme', auth: { authorization: `bearer ${KEY}` } },
		{ name: 'a base64 key with padding', auth: { Authorization: 'Bearer YWJj+/ZA-_.~==' } },
	])('accepts $name', ({ auth }) => {
		const headers = { ...auth, 'content-type': 'application/json' };
		const answer = answerSmsRequest(request({ headers }), fixed());
		expect(answer.status).toBe(200);
	});

	it.each([
		{ name: 'a charset parameter', contentType: 'application/json; charset=utf-8' },
		{ name: 'capital letters', contentType: 'Application/JSON' },
	])('accepts a JSON content type with $name', ({ contentType }) => {
		const headers = { authorization: `Bearer ${KEY}`, 'content-type': contentType };
		expect(answerSmsRequest(request({ headers }), fixed()).status).toBe(200);
	});

	it.each([
		{ name: 'GSM-7 extension characters', text: 'Alert [P1] {db-01} €5 ~|^\\', encoding: 'GSM7' },
		{ name: 'line breaks and basic accents', text: 'Hi team,\r\nÅngström ÑÜ é', encoding: 'GSM7' },
		{ name: 'a TAB', text: 'Hi\tthere', encoding: 'UCS2' },
		{ name: 'an emoji', text: 'Server down 🔥', encoding: 'UCS2' },
		{ name: 'a curly quote', text: 'Don’t reply', encoding: 'UCS2' },
		{ name: 'a backtick', text: 'run `ls`', encoding: 'UCS2' },
		{ name: 'a lower-case c cedilla', text: 'Français', encoding: 'UCS2' },
	])('reports $encoding for AUTO with $name', ({ text, encoding }) => {
		const answer = answerSmsRequest(request({ json: { ...VALID_BODY, text } }), fixed());
		expect(answer).toEqual(queued({ destination: '6591234567', encoding }));
	});

	it.each([
		{ requested: 'UCS2', text: 'Hello', encoding: 'UCS2' },
		{ requested: 'GSM7', text: 'Hello 🔥', encoding: 'GSM7' },
	])('keeps an explicit $requested encoding', ({ requested, text, encoding }) => {
		const json = { ...VALID_BODY, text, encoding: requested };
		const answer = answerSmsRequest(request({ json }), fixed());
		expect(answer).toEqual(queued({ destination: '6591234567', encoding }));
	});

	it.each([
		{
			name: 'a 12-character name',
			source: 'Acme Support',
			description: 'Invalid source: a sender name may have at most 11 characters',
		},
		{
			name: 'a hyphen',
			source: 'Acme-Alerts',
			description: 'Invalid source: a sender name may only use ASCII letters, digits and spaces',
		},
		{
			name: 'a non-ASCII letter',
			source: 'Café',
			description: 'Invalid source: a sender name may only use ASCII letters, digits and spaces',
		},
	])('rejects with status 200 a sender with $name', ({ source, description }) => {
		const answer = answerSmsRequest(request({ json: { ...VALID_BODY, source } }), fixed());
		expect(answer).toEqual({
			status: 200,
			headers: { 'content-type': 'application/json' },
			body: {
				umid: ID,
				clientMessageId: null,
				destination: '6591234567',
				encoding: 'GSM7',
				status: { code: 'REJECTED', description },
			},
		});
	});

	it.each([
		{ name: 'an 11-character name', source: 'AcmeSupport' },
		{ name: 'a number with +', source: '+6591234567' },
		{ name: 'a 16-digit number', source: '1234567890123456' },
		{ name: 'an empty source', source: '' },
	])('queues a message with $name as sender', ({ source }) => {
		const answer = answerSmsRequest(request({ json: { ...VALID_BODY, source } }), fixed());
		expect(answer).toEqual(queued({ destination: '6591234567', encoding: 'GSM7' }));
	});

	it.each([{ id: 'constructor' }, { id: '__proto__' }, { id: 'toString' }])(
		'treats the subaccount ID $id as an ordinary one',
		({ id }) => {
			const url = `https://sms.8x8.com/api/v1/subaccounts/${id}/messages`;
			const answer = answerSmsRequest(request({ url }), fixed());
			expect(answer).toEqual(queued({ destination: '6591234567', encoding: 'GSM7' }));
		},
	);

	it('accepts a clientMessageId of exactly 350 characters', () => {
		const clientMessageId = 'x'.repeat(350);
		const answer = answerSmsRequest(request({ json: { ...VALID_BODY, clientMessageId } }), fixed());
		expect(answer).toEqual(
			queued({ destination: '6591234567', encoding: 'GSM7', clientMessageId }),
		);
	});
});

// The messages of the answers the model decides itself, as the error catalogue words them.
const NOT_FOUND = "Object wasn't found or is already expired";
const NOT_AUTHENTICATED = 'Request was not authenticated properly';
const NOT_YOUR_SUBACCOUNT = "Provided subAccountId doesn't belongs to your account";
const NOT_JSON = 'Unsupported Content-Type: send the body as JSON with application/json';
const BAD_JSON = 'Invalid parameter: the request body is not valid JSON ';
const NOT_OBJECT = 'Request body must be a JSON object';
const BAD_MSISDN = 'Invalid MSISDN: use a string of 7 to 15 digits with the country code';
const NO_TEXT = 'Text is missing or empty';

describe('answerSmsRequest error answers', () => {
	it.each([
		{ name: 'a misspelt path', url: 'https://sms.8x8.com/api/v1/subaccounts/acme_hq/message' },
		{ name: 'a double slash', url: 'https://sms.8x8.com/api/v1/subaccounts/acme_hq//messages' },
		{ name: 'a trailing path', url: `${URL_AP}/batch` },
		{ name: 'another host', url: 'https://api.example.com/api/v1/subaccounts/acme_hq/messages' },
		{ name: 'the retired Wavecell URL', url: 'https://api.wavecell.com/sms/v1/acme_hq/single' },
		{ name: 'a relative URL', url: '/api/v1/subaccounts/acme_hq/messages' },
	])('answers 404 with code 1300 for $name', ({ url }) => {
		const answer = answerSmsRequest(request({ url }), fixed());
		expect(answer).toEqual(errorAnswer(404, 1300, NOT_FOUND));
	});

	it('answers 405 and names POST for another method', () => {
		const answer = answerSmsRequest(request({ method: 'GET', body: '' }), fixed());
		const message = 'Function not implemented: method GET is not supported here; use POST';
		const expected = errorAnswer(405, 2001, message);
		expect(answer).toEqual({ ...expected, headers: { ...expected.headers, allow: 'POST' } });
	});

	it.each([
		{ name: 'no Authorization header', auth: {} },
		{ name: 'a key without the Bearer scheme', auth: { Authorization: KEY } },
		{ name: 'the Basic scheme', auth: { Authorization: `Basic ${btoa(`acme_hq:${KEY}`)}` } },
		{ name: 'a doubled Bearer prefix', auth: { Authorization: `Bearer Bearer ${KEY}` } },
		{ name: 'Bearer with no key', auth: { Authorization: 'Bearer ' } },
		{ name: 'only the word Bearer twice', auth: { Authorization: 'Bearer Bearer' } },
		{ name: 'a space inside the key', auth: { Authorization: 'Bearer AbCdEf123 GhIjKl456' } },
		{ name: 'a zero-width space in the key', auth: { Authorization: 'Bearer AbCdEf\u200b123' } },
		{ name: 'surrounding quotes', auth: { Authorization: `Bearer "${KEY}"` } },
		{ name: 'a misspelt header name', auth: { Authorisation: `Bearer ${KEY}` } },
	])('answers 401 with code 1200 for $name', ({ auth }) => {
		const headers = { ...auth, 'Content-Type': 'application/json' };
		const answer = answerSmsRequest(request({ headers }), fixed());
		expect(answer).toEqual(errorAnswer(401, 1200, NOT_AUTHENTICATED));
	});

	it.each([
		{ name: 'a space', segment: 'acme%20hq' },
		{ name: 'a trailing space', segment: 'acme_hq%20' },
		{ name: 'an angle-bracket placeholder', segment: '%3CyourSubAccountId%3E' },
		{ name: 'a brace placeholder', segment: '%7BsubAccountId%7D' },
		{ name: 'an empty ID', segment: '' },
		{ name: 'two characters', segment: 'ab' },
		{ name: '51 characters', segment: 'a'.repeat(51) },
		{ name: 'broken percent-encoding', segment: 'acme%E0%A4%A' },
	])('answers 401 with code 1001 for a subaccount ID with $name', ({ segment }) => {
		const url = `https://sms.8x8.com/api/v1/subaccounts/${segment}/messages`;
		const answer = answerSmsRequest(request({ url }), fixed());
		expect(answer).toEqual(errorAnswer(401, 1001, NOT_YOUR_SUBACCOUNT));
	});

	it('checks the key before the subaccount ID', () => {
		const url = 'https://sms.8x8.com/api/v1/subaccounts/%7BsubAccountId%7D/messages';
		const answer = answerSmsRequest(request({ url, headers: {} }), fixed());
		expect(answer.status).toBe(401);
		expect(answer.body).toMatchObject({ code: 1200 });
	});

	it.each([
		{ name: 'text/plain', headers: { 'Content-Type': 'text/plain' } },
		{ name: 'a form body', headers: { 'Content-Type': 'application/x-www-form-urlencoded' } },
		{ name: 'no Content-Type', headers: {} },
		{
			name: 'two Content-Type headers',
			headers: { 'Content-Type': 'application/json', 'content-type': 'text/plain' },
		},
	])('answers 415 for $name', ({ headers }) => {
		const all = { Authorization: `Bearer ${KEY}`, ...headers };
		const answer = answerSmsRequest(request({ headers: all }), fixed());
		expect(answer).toEqual(errorAnswer(415, 415, NOT_JSON));
	});

	it.each([
		{ name: 'a number starting with +', body: '{"destination": +6591234567, "text": "Hi"}' },
		{ name: 'an unescaped quote', body: '{"destination":"+6591234567","text":"Order "A" out"}' },
		{ name: 'an empty body', body: '' },
	])('answers 400 with code 1000 naming the parse problem for $name', ({ body }) => {
		const answer = answerSmsRequest(request({ body }), fixed());
		const expected = errorAnswer(400, 1000, BAD_JSON);
		const message: unknown = expect.stringMatching(
			/^Invalid parameter: the request body is not valid JSON \(\S.+\)$/,
		);
		expect(answer).toEqual({ ...expected, body: { ...expected.body, message } });
	});

	it.each([
		{ name: 'a JSON array', json: [VALID_BODY], code: 1000, message: NOT_OBJECT },
		{ name: 'JSON null', json: null, code: 1000, message: NOT_OBJECT },
		{ name: 'no destination', json: { text: 'Hi' }, code: 3002, message: 'Destination is missing' },
		{
			name: 'an empty destination',
			json: { destination: '', text: 'Hi' },
			code: 3002,
			message: 'Destination is missing',
		},
		{ name: 'a numeric destination', json: { destination: 6591234567, text: 'Hi' }, code: 1002 },
		{ name: 'a leading zero', json: { destination: '07700900123', text: 'Hi' }, code: 1002 },
		{
			name: 'spaces in the number',
			json: { destination: '+65 9123 4567', text: 'Hi' },
			code: 1002,
		},
		{ name: 'six digits', json: { destination: '+123456', text: 'Hi' }, code: 1002 },
		{ name: 'sixteen digits', json: { destination: '1234567890123456', text: 'Hi' }, code: 1002 },
		{ name: 'no text', json: { destination: '+6591234567' }, code: 3005, message: NO_TEXT },
		{ name: 'an empty text', json: { ...VALID_BODY, text: '' }, code: 3005, message: NO_TEXT },
		{ name: 'a blank text', json: { ...VALID_BODY, text: '   ' }, code: 3005, message: NO_TEXT },
		{
			name: 'a CRLF-only text',
			json: { ...VALID_BODY, text: '\r\n' },
			code: 3005,
			message: NO_TEXT,
		},
		{ name: 'a null text', json: { ...VALID_BODY, text: null }, code: 3005, message: NO_TEXT },
		{
			name: 'a numeric text',
			json: { ...VALID_BODY, text: 42 },
			code: 1004,
			message: 'Invalid text: it must be a string',
		},
		{
			name: 'a 17-character source',
			json: { ...VALID_BODY, source: '+6591234567890123' },
			code: 3011,
			message: 'Source is too long: at most 16 characters',
		},
		{
			name: 'a numeric source',
			json: { ...VALID_BODY, source: 6591234567 },
			code: 1005,
			message: 'Invalid source: it must be a string',
		},
		{
			name: 'a 351-character clientMessageId',
			json: { ...VALID_BODY, clientMessageId: 'x'.repeat(351) },
			code: 3009,
			message: 'ClientMessageId is too long: at most 350 characters',
		},
		{
			name: 'a numeric clientMessageId',
			json: { ...VALID_BODY, clientMessageId: 1234 },
			code: 1000,
			message: 'Invalid clientMessageId: it must be a string',
		},
		{
			name: 'a lower-case encoding',
			json: { ...VALID_BODY, encoding: 'gsm7' },
			code: 1003,
			message: 'Invalid encoding: use AUTO, GSM7 or UCS2',
		},
		{
			name: 'an unknown encoding',
			json: { ...VALID_BODY, encoding: 'UNICODE' },
			code: 1003,
			message: 'Invalid encoding: use AUTO, GSM7 or UCS2',
		},
	])('answers 400 with code $code for $name', ({ json, code, message = BAD_MSISDN }) => {
		const answer = answerSmsRequest(request({ json }), fixed());
		expect(answer).toEqual(errorAnswer(400, code, message));
	});

	it.each([
		{ id: 'mock-forbidden', status: 403, code: 1201, retryAfter: undefined },
		{ id: 'mock-not-found', status: 404, code: 1001, retryAfter: undefined },
		{ id: 'mock-rate-limited', status: 429, code: 429, retryAfter: '5' },
		{ id: 'mock-server-error', status: 500, code: 2000, retryAfter: undefined },
	])('answers $status with code $code for the practice subaccount $id', (row) => {
		const url = `https://sms.8x8.uk/api/v1/subaccounts/${row.id}/messages`;
		const answer = answerSmsRequest(request({ url }), fixed());
		expect(answer.status).toBe(row.status);
		expect(answer.body).toMatchObject({ code: row.code, errorId: ID, timestamp: NOW });
		expect(answer.headers['retry-after']).toBe(row.retryAfter);
	});

	it.each([
		{ code: 1300, patch: { url: 'https://sms.8x8.com/api/v1/messages' } },
		{ code: 2001, patch: { method: 'PUT' } },
		{ code: 1200, patch: { headers: {} } },
		{ code: 1001, patch: { url: URL_AP.replace('acme_hq', 'a') } },
		{ code: 415, patch: { headers: { Authorization: `Bearer ${KEY}` } } },
		{ code: 1000, patch: { body: '{' } },
	] as const)('words code $code as the error catalogue does', ({ code, patch }) => {
		const answer = answerSmsRequest(request(patch), fixed());
		const { message } = answer.body as { message: string };
		expect(answer.body).toMatchObject({ code });
		expect(message.startsWith(getApiCode(code).apiMessage)).toBe(true);
	});

	it('checks the key before answering for a practice subaccount', () => {
		const url = 'https://sms.8x8.com/api/v1/subaccounts/mock-forbidden/messages';
		const answer = answerSmsRequest(request({ url, headers: { Authorization: KEY } }), fixed());
		expect(answer.status).toBe(401);
	});
});

// Published facts: 8x8's ErrorResponse has an integer `code`, a string `message`, a UUID
// `errorId` and a date-time `timestamp`; SmsResponse requires umid, destination (`^\+?\d{7,15}$`),
// encoding and status.
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

function expectErrorContract(body: unknown) {
	const { code, message, errorId, timestamp, ...rest } = body as Record<string, unknown>;
	expect(rest).toEqual({});
	expect(Number.isInteger(code)).toBe(true);
	expect(typeof message).toBe('string');
	expect(String(errorId)).toMatch(UUID);
	expect(String(timestamp)).toMatch(ISO_DATE_TIME);
	expect(Number.isNaN(Date.parse(String(timestamp)))).toBe(false);
}

describe('answerSmsRequest published contract', () => {
	it.each([
		{ name: '404', patch: { url: 'https://sms.8x8.com/api/v1/messages' } },
		{ name: '405', patch: { method: 'PUT' } },
		{ name: '401 for the key', patch: { headers: {} } },
		{ name: '401 for the subaccount', patch: { url: URL_AP.replace('acme_hq', 'a') } },
		{ name: '403', patch: { url: URL_AP.replace('acme_hq', 'mock-forbidden') } },
		{ name: '429', patch: { url: URL_AP.replace('acme_hq', 'mock-rate-limited') } },
		{ name: '500', patch: { url: URL_AP.replace('acme_hq', 'mock-server-error') } },
		{ name: '415', patch: { headers: { Authorization: `Bearer ${KEY}` } } },
		{ name: '400 for JSON', patch: { body: '{' } },
		{ name: '400 for a field', patch: { json: { text: 'Hi' } } },
	])('sends a well-formed error body for $name with the real clock and IDs', ({ patch }) => {
		const answer = answerSmsRequest(request(patch));
		expect(answer.status).toBeGreaterThanOrEqual(400);
		expect(answer.headers['content-type']).toBe('application/json');
		expectErrorContract(answer.body);
	});

	it('sends a well-formed SmsResponse with the real ID source', () => {
		const { umid, clientMessageId, destination, encoding, status, ...rest } = answerSmsRequest(
			request(),
		).body as unknown as Record<string, unknown>;
		expect(rest).toEqual({});
		expect(String(umid)).toMatch(UUID);
		expect(clientMessageId).toBeNull();
		expect(String(destination)).toMatch(/^\+?\d{7,15}$/);
		expect(['GSM7', 'UCS2']).toContain(encoding);
		expect(status).toEqual({
			code: 'QUEUED',
			description: 'SMS is accepted and queued for processing',
		});
	});

	it('gives every answer its own ID', () => {
		const first = answerSmsRequest(request()).body as { umid: string };
		const second = answerSmsRequest(request()).body as { umid: string };
		expect(first.umid).not.toBe(second.umid);
	});
});
