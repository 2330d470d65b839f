import { describe, expect, it } from 'vitest';

import { checkSubaccountId } from '~/lib/sms/check-subaccount-id';

const codes = (raw: string) => checkSubaccountId(raw).issues.map((issue) => issue.code);

describe('checkSubaccountId', () => {
	it.each([
		{ raw: 'acme_hq' },
		{ raw: 'Onion_Marketing' },
		{ raw: 'SubAccount-1' },
		{ raw: 'test_5jJ97_hq' },
		{ raw: 'a.b' },
		{ raw: 'r&d' },
		{ raw: `acme_${'x'.repeat(45)}` },
	])('accepts $raw unchanged', ({ raw }) => {
		expect(checkSubaccountId(raw)).toEqual({ ok: true, value: raw, issues: [] });
	});

	it.each([
		{ raw: '', code: 'SUBACCOUNT_EMPTY' },
		{ raw: '  \t', code: 'SUBACCOUNT_EMPTY' },
		{ raw: '{subAccountId}', code: 'SUBACCOUNT_PLACEHOLDER' },
		{ raw: '<yourSubAccountId>', code: 'SUBACCOUNT_PLACEHOLDER' },
		{ raw: '<your id>', code: 'SUBACCOUNT_PLACEHOLDER' },
		{ raw: 'your_subaccount', code: 'SUBACCOUNT_PLACEHOLDER' },
		{ raw: 'YOUR_SUBACCOUNT_ID', code: 'SUBACCOUNT_PLACEHOLDER' },
		{ raw: 'your-account-id', code: 'SUBACCOUNT_PLACEHOLDER' },
		{ raw: 'subaccountid', code: 'SUBACCOUNT_PLACEHOLDER' },
		{ raw: 'xxx', code: 'SUBACCOUNT_PLACEHOLDER' },
		{ raw: 'XXXXXXXX', code: 'SUBACCOUNT_PLACEHOLDER' },
		{ raw: '...', code: 'SUBACCOUNT_PLACEHOLDER' },
		{ raw: '[your id]', code: 'SUBACCOUNT_PLACEHOLDER' },
		{ raw: 'ab', code: 'SUBACCOUNT_TOO_SHORT' },
		{ raw: `acme_${'x'.repeat(46)}`, code: 'SUBACCOUNT_TOO_LONG' },
	])('rejects $raw with $code', ({ raw, code }) => {
		const result = checkSubaccountId(raw);

		expect(result.ok).toBe(false);
		expect(codes(raw)).toEqual([code]);
	});

	it.each([
		{
			raw: 'acme_hq ',
			code: 'SUBACCOUNT_WHITESPACE',
			position: 7,
			fix: 'Remove the spaces around the id: acme_hq',
		},
		{
			raw: ' acme_hq',
			code: 'SUBACCOUNT_WHITESPACE',
			position: 0,
			fix: 'Remove the spaces around the id: acme_hq',
		},
		{
			raw: 'acme_hq\n',
			code: 'SUBACCOUNT_WHITESPACE',
			position: 7,
			fix: 'Remove the spaces around the id: acme_hq',
		},
		{
			raw: 'acme_hq//messages',
			code: 'SUBACCOUNT_SLASH',
			position: 7,
			fix: 'Keep only the id: acme_hq',
		},
		{ raw: '/acme_hq', code: 'SUBACCOUNT_SLASH', position: 0, fix: 'Keep only the id: acme_hq' },
		{
			raw: '<acme_hq>',
			code: 'SUBACCOUNT_BRACKETS',
			position: 0,
			fix: 'Remove the brackets: acme_hq',
		},
		{
			raw: '{acme_hq}',
			code: 'SUBACCOUNT_BRACKETS',
			position: 0,
			fix: 'Remove the brackets: acme_hq',
		},
	])('names $code in $raw and suggests the id', ({ raw, code, position, fix }) => {
		expect(checkSubaccountId(raw).issues).toEqual([
			expect.objectContaining({ code, position, fix }),
		]);
	});

	it('does not guess a repair for a space inside the id', () => {
		const [issue] = checkSubaccountId('acme hq').issues;

		expect(issue).toMatchObject({ code: 'SUBACCOUNT_WHITESPACE', position: 4 });
		expect(issue?.fix).not.toContain('acmehq');
	});

	it.each([
		{ raw: 'https://sms.8x8.com/api/v1/subaccounts/acme_hq/messages', id: 'acme_hq' },
		{
			raw: 'https://sms.8x8.uk/api/v1/subaccounts/Onion_Marketing/messages/batch',
			id: 'Onion_Marketing',
		},
		{ raw: 'sms.8x8.com/api/v1/subaccounts/acme_hq/messages', id: 'acme_hq' },
		{ raw: 'https://api.wavecell.com/sms/v1/acme_hq/single', id: 'acme_hq' },
		{ raw: 'https://sms.8x8.com/api/v1/subaccounts/r%26d/messages', id: 'r&d' },
	])('finds $id in a pasted URL and suggests it', ({ raw, id }) => {
		const result = checkSubaccountId(raw);

		expect(result.ok).toBe(false);
		expect(result.issues).toEqual([
			expect.objectContaining({ code: 'SUBACCOUNT_URL_PASTED', fix: `Enter only the id: ${id}` }),
		]);
	});

	it.each([
		{ raw: 'https://sms.8x8.com/api/v1/subaccounts/<yourSubAccountId>/messages' },
		{ raw: 'https://sms.8x8.com/api/v1/subaccounts/%7BsubAccountId%7D/messages' },
	])('reports the pasted URL and the placeholder inside $raw', ({ raw }) => {
		expect(codes(raw)).toEqual(['SUBACCOUNT_URL_PASTED', 'SUBACCOUNT_PLACEHOLDER']);
	});

	it('recognises an API key pasted as the id', () => {
		expect(codes('AbCdEf123GhIjKl456MnOpQr789StUvWx')).toEqual(['SUBACCOUNT_LOOKS_LIKE_API_KEY']);
	});

	it.each([
		{
			raw: 'acme#hq',
			position: 4,
			title: 'The sub-account id contains “#” (U+0023) at character 5.',
		},
		{
			raw: 'acmé_hq',
			position: 3,
			title: 'The sub-account id contains “é” (U+00E9) at character 4.',
		},
		{
			raw: 'acme\u200bhq',
			position: 4,
			title: 'The sub-account id contains a zero-width space (U+200B) at character 5.',
		},
	])('names the character that breaks the pattern in $raw', ({ raw, position, title }) => {
		expect(checkSubaccountId(raw).issues).toEqual([
			expect.objectContaining({ code: 'SUBACCOUNT_INVALID_CHARACTER', position, title }),
		]);
	});

	it('reports each distinct invalid character once', () => {
		const issues = checkSubaccountId('a#b#c!').issues;

		expect(issues.map((issue) => issue.position)).toEqual([1, 5]);
	});

	it('reports a space and a slash together', () => {
		expect(codes('acme_hq /messages')).toEqual(['SUBACCOUNT_WHITESPACE', 'SUBACCOUNT_SLASH']);
	});

	it('words the trailing-space finding with what, why and fix', () => {
		const [issue] = checkSubaccountId('acme_hq ').issues;

		expect(issue).toMatchInlineSnapshot(`
			{
			  "code": "SUBACCOUNT_WHITESPACE",
			  "detail": "The id goes into the URL, where a space becomes %20 and names a sub-account that does not exist.",
			  "fix": "Remove the spaces around the id: acme_hq",
			  "path": "subAccountId",
			  "position": 7,
			  "severity": "error",
			  "title": "The sub-account id contains a space (U+0020) at character 8.",
			}
		`);
	});

	it('words the placeholder finding with what, why and fix', () => {
		const [issue] = checkSubaccountId('{subAccountId}').issues;

		expect(issue).toMatchInlineSnapshot(`
			{
			  "code": "SUBACCOUNT_PLACEHOLDER",
			  "detail": "Template text left in the URL makes 8x8 answer that the sub-account does not exist.",
			  "fix": "Replace it with your own sub-account id from the 8x8 Connect portal, such as acme_hq.",
			  "path": "subAccountId",
			  "severity": "error",
			  "title": "“{subAccountId}” is a placeholder, not a sub-account id.",
			}
		`);
	});
});
