import { describe, expect, it } from 'vitest';

import { resolveHeaderName } from '~/lib/auth/resolve-header-name';

const WHERE = { line: 1, position: 0 };

function resolve(name: string) {
	const { name: meant, issues } = resolveHeaderName(name, WHERE);
	return { meant, codes: issues.map(({ code }) => code) };
}

describe('resolveHeaderName', () => {
	it.each([
		{ name: 'Authorization', meant: 'Authorization' },
		{ name: 'authorization', meant: 'Authorization' },
		{ name: 'AUTHORIZATION', meant: 'Authorization' },
		{ name: 'content-type', meant: 'Content-Type' },
		{ name: 'CONTENT-TYPE', meant: 'Content-Type' },
	])('accepts $name in any letter case', ({ name, meant }) => {
		expect(resolve(name)).toEqual({ meant, codes: [] });
	});

	it.each([
		{ name: 'Authorisation', meant: 'Authorization' },
		{ name: 'Autorization', meant: 'Authorization' },
		{ name: 'Authorizaton', meant: 'Authorization' },
		{ name: 'Authroization', meant: 'Authorization' },
		{ name: 'Authorizations', meant: 'Authorization' },
		{ name: 'Authorisaton', meant: 'Authorization' },
		{ name: 'Content_Type', meant: 'Content-Type' },
		{ name: 'ContentType', meant: 'Content-Type' },
		{ name: 'Content Type', meant: 'Content-Type' },
		{ name: 'Contnet-Type', meant: 'Content-Type' },
		{ name: 'Content-Typ', meant: 'Content-Type' },
	])('resolves the misspelt $name to $meant', ({ name, meant }) => {
		expect(resolve(name)).toEqual({ meant, codes: ['HEADER_NAME_MISSPELT'] });
	});

	it.each([
		{ name: 'X-API-Key' },
		{ name: 'api-key' },
		{ name: 'Authentication' },
		{ name: 'Token' },
	])('resolves the key header $name of other APIs to Authorization', ({ name }) => {
		expect(resolve(name)).toEqual({ meant: 'Authorization', codes: ['HEADER_NAME_KEY_ALIAS'] });
	});

	it.each([
		{ name: 'Accept' },
		{ name: 'Content-Length' },
		{ name: 'X-Request-Id' },
		{ name: 'Cache-Control' },
	])('passes the unrelated header $name through', ({ name }) => {
		expect(resolve(name)).toEqual({ meant: name, codes: [] });
	});

	it.each([{ name: 'X Custom' }, { name: 'X-"Quoted"' }, { name: 'Caf\u00E9' }])(
		'refuses the malformed name $name',
		({ name }) => {
			expect(resolve(name)).toEqual({ meant: name, codes: ['HEADER_NAME_INVALID'] });
		},
	);

	it('words a misspelt name for the reader', () => {
		const [issue] = resolveHeaderName('Authorisation', { line: 2, position: 40 }).issues;
		expect(issue).toMatchObject({ path: 'headers', severity: 'error', position: 40 });
		expect(issue && { title: issue.title, detail: issue.detail, fix: issue.fix })
			.toMatchInlineSnapshot(`
				{
				  "detail": "Servers match header names letter for letter, ignoring only upper and lower case, so Authorisation is a different header and 8x8 never reads it.",
				  "fix": "Rename the header on line 2 to Authorization.",
				  "title": "Header name Authorisation on line 2 should be Authorization.",
				}
			`);
	});
});
