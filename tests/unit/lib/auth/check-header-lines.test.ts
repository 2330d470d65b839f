import { describe, expect, it } from 'vitest';

import { buildAuthHeaders, formatHeaderLines } from '~/lib/auth/build-auth-headers';
import { checkHeaderLines } from '~/lib/auth/check-header-lines';

const KEY = 'AbCdEf123GhIjKl456MnOpQr789';
const AUTHORIZATION = `Authorization: Bearer ${KEY}`;
const CONTENT_TYPE = 'Content-Type: application/json';

function codes(text: string) {
	return checkHeaderLines(text).map(({ code, severity }) => `${severity} ${code}`);
}

describe('checkHeaderLines', () => {
	it.each([
		{ name: 'the generated lines', text: formatHeaderLines(buildAuthHeaders(KEY)) },
		{
			name: 'lower-case names',
			text: `authorization: Bearer ${KEY}\ncontent-type: application/json`,
		},
		{
			name: 'CRLF endings and blank lines',
			text: `\r\n${AUTHORIZATION}\r\n\r\n${CONTENT_TYPE}\r\n`,
		},
		{
			name: 'an extra header',
			text: `${AUTHORIZATION}\n${CONTENT_TYPE}\nAccept: application/json`,
		},
		{
			name: 'no space after the colon',
			text: `Authorization:Bearer ${KEY}\nContent-Type:application/json`,
		},
	])('accepts $name', ({ text }) => {
		expect(checkHeaderLines(text)).toEqual([]);
	});

	it.each([
		{ line: `Authorisation: Bearer ${KEY}`, code: 'HEADER_NAME_MISSPELT' },
		{ line: `Autorization: Bearer ${KEY}`, code: 'HEADER_NAME_MISSPELT' },
		{ line: `X-API-Key: Bearer ${KEY}`, code: 'HEADER_NAME_KEY_ALIAS' },
		{ line: `Authorization:: Bearer ${KEY}`, code: 'HEADER_NAME_HAS_COLON' },
		{ line: `Authorization: : Bearer ${KEY}`, code: 'HEADER_NAME_HAS_COLON' },
		{ line: ` Authorization: Bearer ${KEY}`, code: 'HEADER_NAME_SPACE' },
		{ line: `Authorization : Bearer ${KEY}`, code: 'HEADER_NAME_SPACE' },
	])('names the exact problem in $line and no missing header', ({ line, code }) => {
		expect(codes(`${line}\n${CONTENT_TYPE}`)).toEqual([`error ${code}`]);
	});

	it('reports a line without a colon by its number', () => {
		const issues = checkHeaderLines(`${CONTENT_TYPE}\nAuthorization Bearer ${KEY}`);
		expect(issues.map(({ code }) => code)).toEqual([
			'HEADER_LINE_NO_COLON',
			'HEADER_AUTHORIZATION_MISSING',
		]);
		expect(issues[0]).toMatchObject({ title: 'Line 2 has no colon.', position: 31 });
	});

	it('warns about a bare key without blocking', () => {
		expect(codes(`Authorization: ${KEY}\n${CONTENT_TYPE}`)).toEqual([
			'warning HEADER_AUTH_SCHEME_MISSING',
		]);
	});

	it('refuses a Basic value', () => {
		expect(codes(`Authorization: Basic YWNtZV9ocTpBYkNk\n${CONTENT_TYPE}`)).toEqual([
			'error HEADER_AUTH_BASIC',
		]);
	});

	it('notes the handed charset on a lower-case content-type', () => {
		expect(codes(`${AUTHORIZATION}\ncontent-type: application/json; charset=UTF-8`)).toEqual([
			'info HEADER_CONTENT_TYPE_CHARSET',
		]);
	});

	it.each([{ type: 'text/plain' }, { type: 'application/x-www-form-urlencoded' }])(
		'asks for a JSON body instead of $type',
		({ type }) => {
			expect(codes(`${AUTHORIZATION}\nContent-Type: ${type}`)).toEqual([
				'error HEADER_CONTENT_TYPE_NOT_JSON',
			]);
		},
	);

	it.each([
		{ missing: 'Content-Type', text: AUTHORIZATION, codes: ['error HEADER_CONTENT_TYPE_MISSING'] },
		{ missing: 'Authorization', text: CONTENT_TYPE, codes: ['error HEADER_AUTHORIZATION_MISSING'] },
		{
			missing: 'both headers',
			text: ' \n',
			codes: ['error HEADER_AUTHORIZATION_MISSING', 'error HEADER_CONTENT_TYPE_MISSING'],
		},
	])('reports $missing as missing', ({ text, codes: expected }) => {
		expect(codes(text)).toEqual(expected);
	});

	it('warns about two Content-Type headers on the later line', () => {
		const text = `${CONTENT_TYPE}\n${AUTHORIZATION}\ncontent-type: application/json`;
		const issues = checkHeaderLines(text);
		expect(issues).toMatchObject([
			{ code: 'HEADER_DUPLICATE', severity: 'warning', position: text.lastIndexOf('content-type') },
		]);
		expect(issues[0]?.title).toMatchInlineSnapshot(
			`"Content-Type appears twice, on lines 1 and 3."`,
		);
	});

	it('checks every Content-Type line when there are two', () => {
		expect(codes(`${AUTHORIZATION}\n${CONTENT_TYPE}\nContent-Type: text/plain`)).toEqual([
			'warning HEADER_DUPLICATE',
			'error HEADER_CONTENT_TYPE_NOT_JSON',
		]);
	});

	it('counts a misspelt Authorization as a second Authorization', () => {
		expect(codes(`${AUTHORIZATION}\nAuthorisation: Bearer ${KEY}\n${CONTENT_TYPE}`)).toEqual([
			'error HEADER_NAME_MISSPELT',
			'warning HEADER_DUPLICATE',
		]);
	});

	it('places key findings by line and character in the whole text', () => {
		const text = `${CONTENT_TYPE}\nAuthorization: Bearer AbCdEf\u200B123GhIjKl456MnOpQr789`;
		expect(checkHeaderLines(text)).toMatchObject([
			{
				code: 'API_KEY_INVISIBLE_CHARACTER',
				path: 'headers',
				position: 31 + 28,
				title: 'Invisible character U+200B at line 2, character 29.',
			},
		]);
	});

	it('words the missing Content-Type for the reader', () => {
		const [issue] = checkHeaderLines(AUTHORIZATION);
		expect(issue && { title: issue.title, detail: issue.detail, fix: issue.fix })
			.toMatchInlineSnapshot(`
				{
				  "detail": "8x8 reads the body as JSON only when it is labelled application/json; without the label it may refuse the request with 415 or misread the body.",
				  "fix": "Add the line Content-Type: application/json, and set the Send request action to send its body as JSON.",
				  "title": "No Content-Type header: send the body as JSON.",
				}
			`);
	});

	it.each([
		{ text: `Authorization: ${KEY}` },
		{ text: `Authorization: Basic ${KEY}` },
		{ text: `Authorization: Bearer Bearer ${KEY}\nAuthorization: bearer  ${KEY}` },
		{ text: `Authorisation: ${KEY}` },
	])('never puts the key from $text in a message', ({ text }) => {
		const words = checkHeaderLines(text)
			.map(({ title, detail, fix }) => `${title} ${detail} ${fix}`)
			.join(' ');
		for (const part of ['AbCdEf', 'GhIjKl', 'MnOpQr']) {
			expect(words).not.toContain(part);
		}
	});
});
