import { describe, expect, it } from 'vitest';

import { checkAuthorizationValue } from '~/lib/auth/check-authorization-value';
import { readHeaderLine } from '~/lib/auth/read-header-line';

const KEY = 'AbCdEf123GhIjKl456MnOpQr789';

// `Authorization: ` is 15 characters, so the value starts at index 15 of the line.
function check(value: string) {
	const line = { number: 1, offset: 0, text: `Authorization: ${value}` };
	const { field } = readHeaderLine(line);
	if (field === undefined) {
		throw new Error(`could not read ${line.text}`);
	}
	return checkAuthorizationValue(field, line);
}

function codes(value: string) {
	return check(value).map(({ code, severity, position }) => ({ code, severity, position }));
}

describe('checkAuthorizationValue', () => {
	it('accepts Bearer, one space and the key', () => {
		expect(check(`Bearer ${KEY}`)).toEqual([]);
	});

	it('warns about a bare key and shows the fixed line with the key masked', () => {
		const [issue, ...others] = check(KEY);
		expect(others).toEqual([]);
		expect(issue).toMatchObject({ code: 'HEADER_AUTH_SCHEME_MISSING', severity: 'warning' });
		expect(issue?.fix).toMatchInlineSnapshot(`"Change line 1 to Authorization: Bearer AbCd…r789."`);
	});

	it.each([
		{ value: 'Basic YWNtZV9ocTpBYkNkRWYxMjNHaElqS2w0NTZNbk9wUXI3ODk=' },
		{ value: 'basic YWNtZV9ocTpzZWNyZXQ=' },
		{ value: 'Basic' },
	])('refuses the Basic value $value', ({ value }) => {
		expect(codes(value)).toEqual([{ code: 'HEADER_AUTH_BASIC', severity: 'error', position: 15 }]);
	});

	it.each([{ scheme: 'Token' }, { scheme: 'ApiKey' }, { scheme: 'key' }])(
		'refuses the $scheme scheme and names it',
		({ scheme }) => {
			const [issue, ...others] = check(`${scheme} ${KEY}`);
			expect(others).toEqual([]);
			expect(issue).toMatchObject({ code: 'HEADER_AUTH_SCHEME_UNKNOWN', severity: 'error' });
			expect(issue?.title).toBe(`Line 1 uses ${scheme} instead of Bearer.`);
		},
	);

	it.each([{ scheme: 'bearer' }, { scheme: 'BEARER' }, { scheme: 'BeArEr' }])(
		'accepts $scheme with an info note only',
		({ scheme }) => {
			expect(codes(`${scheme} ${KEY}`)).toEqual([
				{ code: 'HEADER_BEARER_CASE', severity: 'info', position: 15 },
			]);
		},
	);

	it.each([{ gap: '  ' }, { gap: '\t' }, { gap: ' \t ' }])(
		'warns about $gap between Bearer and the key',
		({ gap }) => {
			expect(codes(`Bearer${gap}${KEY}`)).toEqual([
				{ code: 'HEADER_BEARER_SPACING', severity: 'warning', position: 21 },
			]);
		},
	);

	it('names a no-break space after Bearer by code point', () => {
		expect(check(`Bearer\u00A0${KEY}`)).toMatchObject([
			{
				code: 'API_KEY_INVISIBLE_CHARACTER',
				position: 21,
				title: 'Invisible character U+00A0 at line 1, character 22.',
			},
		]);
	});

	it.each([
		{ value: `Bearer Bearer ${KEY}`, code: 'HEADER_BEARER_TWICE', position: 22 },
		{ value: `bearer Bearer ${KEY}`, code: 'HEADER_BEARER_TWICE', position: 22 },
		{ value: 'Bearer', code: 'HEADER_BEARER_KEY_MISSING', position: 15 },
		{ value: '', code: 'HEADER_VALUE_EMPTY', position: 15 },
		{ value: `"Bearer ${KEY}"`, code: 'HEADER_VALUE_QUOTED', position: 15 },
		{ value: `Bearer "${KEY}"`, code: 'HEADER_VALUE_QUOTED', position: 22 },
		{ value: `Bearer \u201C${KEY}\u201D`, code: 'HEADER_VALUE_QUOTED', position: 22 },
	])('refuses $value with $code', ({ value, code, position }) => {
		expect(codes(value)).toContainEqual({ code, severity: 'error', position });
		expect(codes(value).filter(({ severity }) => severity === 'error')).toHaveLength(1);
	});

	it.each([
		{
			value: 'Bearer AbCdEf123 GhIjKl456MnOpQr789',
			code: 'API_KEY_INNER_WHITESPACE',
			position: 31,
			title: 'Space at line 1, character 32, inside the key.',
		},
		{
			value: 'Bearer AbCdEf\u200B123GhIjKl456MnOpQr789',
			code: 'API_KEY_INVISIBLE_CHARACTER',
			position: 28,
			title: 'Invisible character U+200B at line 1, character 29.',
		},
		{
			value: `Bearer ${KEY}\uFEFF`,
			code: 'API_KEY_INVISIBLE_CHARACTER',
			position: 49,
			title: 'Invisible character U+FEFF at line 1, character 50.',
		},
	])('places $code in the key by line and character', ({ value, code, position, title }) => {
		expect(check(value)).toMatchObject([{ code, position, title, path: 'headers' }]);
	});

	it.each([
		{ value: 'Bearer acme_hq', code: 'API_KEY_LOOKS_LIKE_SUBACCOUNT' },
		{ value: 'Bearer https://sms.8x8.com', code: 'API_KEY_LOOKS_LIKE_URL' },
	])('refuses $value with the key finding $code', ({ value, code }) => {
		expect(codes(value).map((issue) => issue.code)).toEqual([code]);
	});

	it('reads a Unicode line separator after the key as part of the key', () => {
		expect(check(`Bearer ${KEY}\u2028`)).toMatchObject([
			{ code: 'API_KEY_INVISIBLE_CHARACTER', position: 49 },
		]);
	});

	it('counts positions from the start of the whole text on later lines', () => {
		const line = { number: 3, offset: 40, text: `Authorization: Bearer AbCdEf\u200B123GhIjKl456` };
		const { field } = readHeaderLine(line);
		const issues = field ? checkAuthorizationValue(field, line) : [];
		expect(issues[0]).toMatchObject({
			position: 68,
			title: 'Invisible character U+200B at line 3, character 29.',
		});
	});

	it.each([
		{ value: KEY },
		{ value: `Bearer Bearer ${KEY}` },
		{ value: `Basic ${KEY}` },
		{ value: `Bearer AbCdEf123 GhIjKl456MnOpQr789` },
		{ value: `bearer  ${KEY}` },
	])('never puts the key from $value in a message', ({ value }) => {
		const text = check(value)
			.map(({ title, detail, fix }) => `${title} ${detail} ${fix}`)
			.join(' ');
		for (const part of ['AbCdEf', 'GhIjKl', 'MnOpQr']) {
			expect(text).not.toContain(part);
		}
	});
});
