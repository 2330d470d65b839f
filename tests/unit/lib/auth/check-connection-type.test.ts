import { describe, expect, it } from 'vitest';

import { checkConnectionType } from '~/lib/auth/check-connection-type';

describe('checkConnectionType', () => {
	it('accepts Header auth', () => {
		expect(checkConnectionType('header')).toEqual([]);
	});

	it.each([
		{ type: 'basic', code: 'CONNECTION_TYPE_BASIC', severity: 'error' },
		{ type: 'none', code: 'CONNECTION_TYPE_NONE', severity: 'error' },
		{ type: 'oauth2', code: 'CONNECTION_TYPE_OAUTH2', severity: 'error' },
		{ type: 'api-key', code: 'CONNECTION_TYPE_API_KEY', severity: 'warning' },
	] as const)('reports $type as $code', ({ type, code, severity }) => {
		expect(checkConnectionType(type)).toMatchObject([{ code, severity, path: 'connectionType' }]);
	});

	it.each([{ type: 'basic' }, { type: 'none' }, { type: 'oauth2' }, { type: 'api-key' }] as const)(
		'sends the reader from $type to Header auth with a Bearer value',
		({ type }) => {
			const [issue] = checkConnectionType(type);
			expect(issue?.fix).toContain('Header auth');
			expect(issue?.fix).toContain('Authorization as the header name');
			expect(issue?.fix).toContain('the word Bearer, one space, then your API key');
		},
	);

	it('explains that Basic is wrong and the subaccount ID belongs in the URL', () => {
		const [issue] = checkConnectionType('basic');
		expect(issue && { title: issue.title, detail: issue.detail, fix: issue.fix })
			.toMatchInlineSnapshot(`
				{
				  "detail": "Basic sends a username and password, but 8x8 reads the API key only from an Authorization header after the word Bearer, so every request gets 401. Your subaccount ID is not a username either: it goes in the request URL path, as in /subaccounts/yourcompany_hq/messages.",
				  "fix": "In the Workato connection choose Header auth, enter Authorization as the header name, and as the value the word Bearer, one space, then your API key.",
				  "title": "Basic auth does not work with the 8x8 SMS API.",
				}
			`);
	});
});
