import { describe, expect, it } from 'vitest';

import { pickForwardHeaders } from '~/lib/relay/pick-forward-headers';

const AUTH = ['Authorization', 'Bearer AbCdEf123'] as const;
const JSON_TYPE = ['Content-Type', 'application/json'] as const;

describe('pickForwardHeaders', () => {
	it('keeps Authorization and Content-Type and drops everything else', () => {
		const result = pickForwardHeaders([
			['Host', 'evil.example'],
			['Cookie', 'session=1'],
			['X-Forwarded-For', '10.0.0.1'],
			AUTH,
			JSON_TYPE,
		]);

		expect(result).toEqual({
			ok: true,
			value: { 'content-type': 'application/json', authorization: 'Bearer AbCdEf123' },
			issues: [],
		});
	});

	it('forwards a request without Authorization, for 8x8 to answer 401', () => {
		const result = pickForwardHeaders([['content-type', 'application/json; charset=utf-8']]);

		expect(result.ok && result.value).toEqual({
			'content-type': 'application/json; charset=utf-8',
		});
	});

	it.each([
		{ name: 'no Content-Type', headers: [AUTH] },
		{ name: 'text/plain', headers: [AUTH, ['Content-Type', 'text/plain']] },
		{ name: 'a form', headers: [AUTH, ['Content-Type', 'application/x-www-form-urlencoded']] },
		{ name: 'a JSON look-alike', headers: [AUTH, ['Content-Type', 'application/jsonp']] },
		{ name: 'two Content-Types', headers: [AUTH, JSON_TYPE, JSON_TYPE] },
	])('refuses $name with CONTENT_TYPE_NOT_JSON', ({ headers }) => {
		const result = pickForwardHeaders(headers as [string, string][]);

		expect(result.issues.map((issue) => issue.code)).toEqual(['CONTENT_TYPE_NOT_JSON']);
	});

	it.each([
		{ name: 'two Authorization headers', headers: [AUTH, AUTH, JSON_TYPE] },
		{ name: 'a control character', headers: [['Authorization', 'Bearer a\x01b'], JSON_TYPE] },
		{ name: 'a non-ASCII character', headers: [['Authorization', 'Bearer abç'], JSON_TYPE] },
		{
			name: 'over 4096 characters',
			headers: [['Authorization', `Bearer ${'a'.repeat(4090)}`], JSON_TYPE],
		},
	])('refuses $name with HEADER_INVALID', ({ headers }) => {
		const result = pickForwardHeaders(headers as [string, string][]);

		expect(result.issues.map((issue) => issue.code)).toEqual(['HEADER_INVALID']);
	});
});
