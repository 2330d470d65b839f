import { describe, expect, it } from 'vitest';

import { analyzeEncoding } from '~/lib/sms/analyze-encoding';
import { suggestGsmSafe } from '~/lib/sms/suggest-gsm-safe';

const CASE_5 = 'Hi team,\r\nServer db-01 is down.\r\n\tCheck now';

describe('suggestGsmSafe', () => {
	it('straightens quotes and dashes and lists each swap', () => {
		expect(suggestGsmSafe('“Done” – ok')).toEqual({
			text: '"Done" - ok',
			replacements: [
				{ index: 0, from: '“', to: '"' },
				{ index: 5, from: '”', to: '"' },
				{ index: 7, from: '–', to: '-' },
			],
		});
	});

	it.each([
		{ text: 'Don’t', expected: "Don't" },
		{ text: '‘quoted’', expected: "'quoted'" },
		{ text: 'Wait…', expected: 'Wait...' },
		{ text: '2020—2024', expected: '2020-2024' },
		{ text: '−5 °C', expected: '-5 °C' },
		{ text: '10\u00a0kg', expected: '10 kg' },
		{ text: '10\u202fkg', expected: '10 kg' },
		{ text: 'a\tb', expected: 'a b' },
		{ text: 'use `npm`', expected: "use 'npm'" },
	])('turns $text into $expected', ({ text, expected }) => {
		expect(suggestGsmSafe(text).text).toBe(expected);
	});

	it('makes every character it knows GSM-7', () => {
		const all = '‘’‚‛′`“”„‟″‐‑‒–—−…\u00a0\u2007\u2009\u202f\t';
		const { text, replacements } = suggestGsmSafe(all);

		expect(replacements).toHaveLength(Array.from(all).length);
		expect(analyzeEncoding(text)).toMatchObject({ encoding: 'GSM7', nonGsm: [] });
	});

	it('turns case 5 into GSM-7 text of 43 characters', () => {
		const { text } = suggestGsmSafe(CASE_5);

		expect(text).toBe('Hi team,\r\nServer db-01 is down.\r\n Check now');
		expect(analyzeEncoding(text)).toMatchObject({ encoding: 'GSM7', units: 43, segments: 1 });
	});

	it('also turns CR LF into LF on request, giving case 5’s 41 characters', () => {
		const { text, replacements } = suggestGsmSafe(CASE_5, { lineBreaks: 'lf' });

		expect(text).toBe('Hi team,\nServer db-01 is down.\n Check now');
		expect(analyzeEncoding(text)).toMatchObject({ encoding: 'GSM7', units: 41, segments: 1 });
		expect(replacements).toEqual([
			{ index: 8, from: '\r', to: '' },
			{ index: 31, from: '\r', to: '' },
			{ index: 33, from: '\t', to: ' ' },
		]);
	});

	it('keeps a lone CR and characters without a stand-in', () => {
		expect(suggestGsmSafe('a\rb 🔥 ç', { lineBreaks: 'lf' })).toEqual({
			text: 'a\rb 🔥 ç',
			replacements: [],
		});
	});
});
