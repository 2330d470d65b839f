import { describe, expect, it } from 'vitest';

import { checkMessageText } from '~/lib/sms/check-message-text';

describe('checkMessageText', () => {
	it.each([
		{ name: 'empty', text: '' },
		{ name: 'spaces', text: '   ' },
		{ name: 'CR LF', text: '\r\n' },
		{ name: 'tabs and NBSP', text: '\t\u00a0' },
		{ name: 'a zero-width space', text: '\u200b' },
	])('rejects a text that is $name', ({ text }) => {
		expect(checkMessageText(text)).toEqual({
			ok: false,
			issues: [expect.objectContaining({ code: 'TEXT_EMPTY', severity: 'error', path: 'text' })],
		});
	});

	it('words the empty-text finding with a fallback template', () => {
		expect(checkMessageText('').issues[0]).toMatchInlineSnapshot(`
			{
			  "code": "TEXT_EMPTY",
			  "detail": "8x8 rejects an SMS without text. An email with no subject or an image-only body maps to an empty value.",
			  "fix": "Give the text a fallback, such as: New email from {{from}} (no subject)",
			  "path": "text",
			  "severity": "error",
			  "title": "Text is required and is empty after trimming.",
			}
		`);
	});

	it.each([{ text: 'Hi' }, { text: ' Hi\r\n' }, { text: 'New mail: Order "ABC-123" shipped' }])(
		'returns the GSM-7 text $text unchanged with no findings',
		({ text }) => {
			expect(checkMessageText(text)).toEqual({ ok: true, value: text, issues: [] });
		},
	);

	it('names the TAB that makes case 5 go out as UCS-2', () => {
		const text = 'Hi team,\r\nServer db-01 is down.\r\n\tCheck now';

		expect(checkMessageText(text).issues).toEqual([
			expect.objectContaining({
				code: 'TEXT_UCS2',
				severity: 'info',
				title: 'Sent as UCS-2 because of a tab (U+0009).',
				position: 33,
			}),
		]);
	});

	it('names 🔥 as the reason for UCS-2', () => {
		const [issue] = checkMessageText('Server down 🔥🔥').issues;

		expect(issue?.title).toBe('Sent as UCS-2 because of “🔥” (U+1F525).');
	});

	it('lists five characters and counts the rest', () => {
		const [issue] = checkMessageText('“a” ‘b’ … — ç').issues;

		expect(issue?.title).toBe(
			'Sent as UCS-2 because of ““” (U+201C), “”” (U+201D), “‘” (U+2018), “’” (U+2019), “…” (U+2026) and 2 more.',
		);
	});

	it('warns that 8x8 truncates a text of 11 parts and says where', () => {
		const result = checkMessageText('b'.repeat(1531));

		expect(result.ok).toBe(true);
		expect(result.issues).toEqual([
			expect.objectContaining({
				code: 'TEXT_TOO_MANY_PARTS',
				severity: 'warning',
				title: 'The text needs 11 SMS parts; 8x8 sends at most 10.',
				position: 1530,
			}),
		]);
	});

	it('does not warn at exactly 10 parts', () => {
		expect(checkMessageText('b'.repeat(1530)).issues).toEqual([]);
	});
});
