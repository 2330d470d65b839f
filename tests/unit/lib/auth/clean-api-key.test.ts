import { describe, expect, it } from 'vitest';

import { cleanApiKey } from '~/lib/auth/clean-api-key';

const KEY = 'AbCdEf123GhIjKl456MnOpQr789';

function codes(raw: string) {
	return cleanApiKey(raw).issues.map(({ code }) => code);
}

describe('cleanApiKey', () => {
	it('accepts a clean key with no findings', () => {
		expect(cleanApiKey(KEY)).toEqual({ ok: true, value: { key: KEY, removed: [] }, issues: [] });
	});

	it('cleans the handed paste and reports 2 spaces and 1 line break', () => {
		const result = cleanApiKey(`  ${KEY}\n`);
		expect(result).toMatchObject({
			ok: true,
			value: { key: KEY, removed: ['2 spaces', '1 line break'] },
			issues: [{ code: 'API_KEY_CLEANED', severity: 'info', path: 'apiKey' }],
		});
		expect(result.issues[0]?.title).toMatchInlineSnapshot(
			`"Removed from the pasted key: 2 spaces, 1 line break."`,
		);
	});

	it.each([
		{ raw: `'${KEY}'`, removed: ['surrounding quotes'] },
		{ raw: `\u201C${KEY}\u201D`, removed: ['surrounding quotes'] },
		{ raw: `\u2018${KEY}\u2019`, removed: ['surrounding quotes'] },
		{ raw: `Bearer ${KEY}`, removed: ['a Bearer prefix'] },
		{ raw: `bearer ${KEY}`, removed: ['a Bearer prefix'] },
		{ raw: `Bearer Bearer ${KEY}`, removed: ['2 Bearer prefixes'] },
		{
			raw: `Authorization: Bearer ${KEY}\r\n`,
			removed: ['1 line break', 'the header name Authorization', 'a Bearer prefix'],
		},
		{ raw: `\t${KEY}\r\n`, removed: ['1 tab', '1 line break'] },
		{ raw: `${KEY}\u00A0`, removed: ['1 no-break space'] },
	])('returns the bare key from $raw', ({ raw, removed }) => {
		expect(cleanApiKey(raw)).toMatchObject({ ok: true, value: { key: KEY, removed } });
	});

	it('reports an inner space at position 9 and repairs nothing', () => {
		const result = cleanApiKey('AbCdEf123 GhIjKl456');
		expect(result.ok).toBe(false);
		expect(result).not.toHaveProperty('value');
		expect(result.issues[0]).toMatchObject({ code: 'API_KEY_INNER_WHITESPACE', position: 9 });
		expect(result.issues[0]?.title).toMatchInlineSnapshot(
			`"Space at character 10, inside the key."`,
		);
	});

	it('reports U+200B after AbCdEf at character 7', () => {
		const result = cleanApiKey(`AbCdEf\u200B123GhIjKl456MnOpQr789`);
		expect(result).toEqual({
			ok: false,
			issues: [expect.objectContaining({ code: 'API_KEY_INVISIBLE_CHARACTER', position: 6 })],
		});
		expect(result.issues[0]?.title).toContain('U+200B at character 7');
	});

	it('counts positions in what was pasted, outer whitespace included', () => {
		const [issue] = cleanApiKey(`  AbCdEf\u200B123GhIjKl456MnOpQr789`).issues;
		expect(issue).toMatchObject({
			position: 8,
			title: 'Invisible character U+200B at character 9.',
		});
	});

	it.each([
		{ raw: `\uFEFF${KEY}`, position: 0, code: 'API_KEY_INVISIBLE_CHARACTER' },
		{ raw: `${KEY}\u200B`, position: 27, code: 'API_KEY_INVISIBLE_CHARACTER' },
		{ raw: `AbCd\u00A0Ef123GhIjKl456MnOpQr789`, position: 4, code: 'API_KEY_INVISIBLE_CHARACTER' },
		{ raw: `AbCd\u00ADEf123GhIjKl456MnOpQr789`, position: 4, code: 'API_KEY_INVISIBLE_CHARACTER' },
		{ raw: `${KEY}\u201D`, position: 27, code: 'API_KEY_NON_ASCII_CHARACTER' },
		{ raw: `AbCdEf123\r\nGhIjKl456MnOpQr789`, position: 9, code: 'API_KEY_INNER_WHITESPACE' },
	])('refuses $code at $position instead of trimming it', ({ raw, position, code }) => {
		expect(cleanApiKey(raw)).toEqual({
			ok: false,
			issues: [expect.objectContaining({ code, severity: 'error', position })],
		});
	});

	it.each([
		{ raw: '', code: 'API_KEY_EMPTY' },
		{ raw: ' \r\n\t', code: 'API_KEY_EMPTY' },
		{ raw: '""', code: 'API_KEY_EMPTY' },
		{ raw: 'Bearer ', code: 'API_KEY_EMPTY' },
		{
			raw: 'https://sms.8x8.com/api/v1/subaccounts/acme_hq/messages',
			code: 'API_KEY_LOOKS_LIKE_URL',
		},
		{ raw: 'acme_hq', code: 'API_KEY_LOOKS_LIKE_SUBACCOUNT' },
		{ raw: ' "acme_hq"\n', code: 'API_KEY_LOOKS_LIKE_SUBACCOUNT' },
	])('refuses $raw with $code alone', ({ raw, code }) => {
		expect(codes(raw)).toEqual([code]);
		expect(cleanApiKey(raw).ok).toBe(false);
	});

	it.each([
		{ raw: `${KEY}=`, code: 'API_KEY_UNUSUAL_CHARACTER' },
		{ raw: 'AbCdEf123GhIjKl456', code: 'API_KEY_UNUSUAL_LENGTH' },
	])('accepts $raw with a warning', ({ raw, code }) => {
		expect(cleanApiKey(raw)).toMatchObject({ ok: true, value: { key: raw }, issues: [{ code }] });
	});

	it('explains a subaccount ID pasted as the key', () => {
		const [issue] = cleanApiKey('acme_hq').issues;
		expect(issue && { title: issue.title, detail: issue.detail, fix: issue.fix })
			.toMatchInlineSnapshot(`
				{
				  "detail": "A subaccount ID such as yourcompany_hq belongs in the URL path (/subaccounts/yourcompany_hq/messages); the key is a long run of letters and digits.",
				  "fix": "Put the subaccount ID in the request URL and paste the API key from 8x8 Connect here.",
				  "title": "This looks like a subaccount ID, not an API key.",
				}
			`);
	});

	it.each([
		{ raw: `  ${KEY}\n` },
		{ raw: `Bearer Bearer ${KEY}` },
		{ raw: `AbCdEf123 GhIjKl456MnOpQr789` },
		{ raw: `AbCdEf\u200B123GhIjKl456MnOpQr789` },
		{ raw: `${KEY}=` },
		{ raw: `${KEY}${KEY}${KEY}` },
	])('never puts the key from $raw in a message', ({ raw }) => {
		const text = cleanApiKey(raw)
			.issues.map(({ title, detail, fix }) => `${title} ${detail} ${fix}`)
			.join(' ');
		for (const part of ['AbCdEf', 'GhIjKl', 'MnOpQr', 'Qr789']) {
			expect(text).not.toContain(part);
		}
	});
});
