import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { checkSmsRequest } from '~/lib/schema/check-sms-request';

const VALID = { destination: '+6591234567', text: 'Hi' };

function codes(value: unknown): string[] {
	return checkSmsRequest(value).issues.map((issue) => `${issue.path} ${issue.code}`);
}

describe('checkSmsRequest', () => {
	it('returns the parsed request with the encoding default', () => {
		expect(checkSmsRequest(VALID)).toEqual({
			ok: true,
			value: { ...VALID, encoding: 'AUTO' },
			issues: [],
		});
	});

	it('words a phone number sent as a JSON number (case 7)', () => {
		const result = checkSmsRequest({ destination: 6591234567, text: 'Hi' });
		expect(result.ok).toBe(false);
		expect(result.issues).toMatchInlineSnapshot(`
			[
			  {
			    "code": "SCHEMA_DESTINATION_TYPE",
			    "detail": "As a JSON number a phone number loses its + and any leading 0, so 8x8 wants text.",
			    "fix": "Put the number in quotes with its country code, such as "+6591234567".",
			    "path": "destination",
			    "severity": "error",
			    "title": "The destination must be a string, not a number.",
			  },
			]
		`);
	});

	it('words a 12-character sender name and suggests an 11-character one (case 10)', () => {
		const [issue] = checkSmsRequest({ ...VALID, source: 'Acme Support' }).issues;
		expect(issue).toMatchInlineSnapshot(`
			{
			  "code": "SCHEMA_SOURCE_ALPHANUMERIC_TOO_LONG",
			  "detail": "A sender name may have 11 characters; 8x8 accepts the request but rejects the SMS.",
			  "fix": "Shorten it, for example to AcmeSupport.",
			  "path": "source",
			  "severity": "error",
			  "title": "Alphanumeric sender: at most 11 characters, got 12.",
			}
		`);
	});

	it('accepts the numeric sender of case 10', () => {
		expect(checkSmsRequest({ ...VALID, source: '+6591234567' }).ok).toBe(true);
	});

	it.each([
		{ name: 'empty', text: '' },
		{ name: 'three spaces', text: '   ' },
		{ name: 'a CRLF', text: '\r\n' },
	])('blocks a text that is $name after trimming (case 14)', ({ text }) => {
		expect(codes({ ...VALID, text })).toEqual(['text SCHEMA_TEXT_BLANK']);
	});

	it('words a blank text', () => {
		const [issue] = checkSmsRequest({ ...VALID, text: '\r\n' }).issues;
		expect(issue?.title).toMatchInlineSnapshot(
			`"The text is empty after trimming spaces and line breaks."`,
		);
	});

	it.each([
		{
			name: 'no destination',
			body: { text: 'Hi' },
			code: 'destination SCHEMA_DESTINATION_MISSING',
		},
		{
			name: 'an empty destination',
			body: { ...VALID, destination: '' },
			code: 'destination SCHEMA_DESTINATION_EMPTY',
		},
		{
			name: 'a spaced number',
			body: { ...VALID, destination: '+65 9123 4567' },
			code: 'destination SCHEMA_DESTINATION_PATTERN',
		},
		{ name: 'no text', body: { destination: '+6591234567' }, code: 'text SCHEMA_TEXT_MISSING' },
		{ name: 'a numeric text', body: { ...VALID, text: 42 }, code: 'text SCHEMA_TEXT_TYPE' },
		{
			name: 'a numeric source',
			body: { ...VALID, source: 6591234567 },
			code: 'source SCHEMA_SOURCE_TYPE',
		},
		{
			name: 'a 17-character source',
			body: { ...VALID, source: 'A'.repeat(17) },
			code: 'source SCHEMA_SOURCE_TOO_LONG',
		},
		{
			name: 'a hyphenated sender',
			body: { ...VALID, source: 'Acme-Alerts' },
			code: 'source SCHEMA_SOURCE_CHARACTERS',
		},
		{
			name: 'a long clientMessageId',
			body: { ...VALID, clientMessageId: 'x'.repeat(351) },
			code: 'clientMessageId SCHEMA_CLIENT_MESSAGE_ID_TOO_LONG',
		},
		{
			name: 'an unknown encoding',
			body: { ...VALID, encoding: 'UNICODE' },
			code: 'encoding SCHEMA_ENCODING_VALUE',
		},
		{
			name: 'a three-letter country',
			body: { ...VALID, country: 'SGP' },
			code: 'country SCHEMA_COUNTRY_TOO_LONG',
		},
		{
			name: 'a country with a digit',
			body: { ...VALID, country: 'S1' },
			code: 'country SCHEMA_COUNTRY_PATTERN',
		},
		{
			name: 'a local time',
			body: { ...VALID, scheduled: '2016-11-07 19:20' },
			code: 'scheduled SCHEMA_SCHEDULED_FORMAT',
		},
		{ name: 'an empty expiry', body: { ...VALID, expiry: '' }, code: 'expiry SCHEMA_EXPIRY_EMPTY' },
		{
			name: 'a mailto callback',
			body: { ...VALID, dlrCallbackUrl: 'mailto:a@b.c' },
			code: 'dlrCallbackUrl SCHEMA_DLR_CALLBACK_URL_FORMAT',
		},
		{
			name: 'a numeric clientIp',
			body: { ...VALID, clientIp: 7 },
			code: 'clientIp SCHEMA_CLIENT_IP_TYPE',
		},
		{
			name: 'a lower-case track',
			body: { ...VALID, track: 'outcome' },
			code: 'track SCHEMA_TRACK_VALUE',
		},
		{ name: 'an array body', body: [VALID], code: 'body SCHEMA_BODY_TYPE' },
		{ name: 'no body', body: undefined, code: 'body SCHEMA_BODY_MISSING' },
	])('reports $name', ({ body, code }) => {
		expect(codes(body)).toEqual([code]);
	});

	it('reports every failing field once, in field order', () => {
		const body = { destination: '0', text: ' ', source: 'x'.repeat(20), country: 'GBR' };
		expect(codes(body)).toEqual([
			'destination SCHEMA_DESTINATION_PATTERN',
			'text SCHEMA_TEXT_BLANK',
			'source SCHEMA_SOURCE_TOO_LONG',
			'country SCHEMA_COUNTRY_TOO_LONG',
		]);
	});

	it('warns about a misspelt field and names the right one', () => {
		const result = checkSmsRequest({ destinaton: '+6591234567', text: 'Hi' });
		expect(result.issues.map(({ code, severity }) => `${code} ${severity}`)).toEqual([
			'SCHEMA_DESTINATION_MISSING error',
			'SCHEMA_UNKNOWN_FIELD warning',
		]);
		expect(result.issues[1]?.fix).toBe('Rename it to destination.');
	});

	it('keeps a valid body valid when an unknown field rides along', () => {
		const result = checkSmsRequest({ ...VALID, priority: 'high' });
		expect(result.ok).toBe(true);
		expect(result.issues.map((issue) => issue.code)).toEqual(['SCHEMA_UNKNOWN_FIELD']);
	});

	it('never throws, whatever JSON value it gets', () => {
		fc.assert(
			fc.property(fc.jsonValue(), (value) => {
				expect(Array.isArray(checkSmsRequest(value).issues)).toBe(true);
			}),
		);
	});

	it('never throws for objects with any mix of the real field names', () => {
		const field = fc.constantFrom('destination', 'text', 'source', 'encoding', 'country', 'track');
		fc.assert(
			fc.property(fc.dictionary(field, fc.jsonValue()), (value) => {
				const result = checkSmsRequest(value);
				expect(result.ok || result.issues.length > 0).toBe(true);
			}),
		);
	});
});
