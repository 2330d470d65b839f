import { describe, expect, it } from 'vitest';

import { describeCharacter } from '~/lib/sms/describe-character';
import { describeCharacterAt } from '~/lib/sms/describe-character-at';
import { formatCodePoint } from '~/lib/sms/format-code-point';

describe('formatCodePoint', () => {
	it.each([
		{ char: '\t', code: 'U+0009' },
		{ char: 'é', code: 'U+00E9' },
		{ char: '€', code: 'U+20AC' },
		{ char: '🔥', code: 'U+1F525' },
		{ char: '', code: '' },
	])('formats "$char" as $code', ({ char, code }) => {
		expect(formatCodePoint(char)).toBe(code);
	});
});

describe('describeCharacter', () => {
	it.each([
		{ char: '&', text: '“&” (U+0026)' },
		{ char: '🔥', text: '“🔥” (U+1F525)' },
		{ char: ' ', text: 'a space (U+0020)' },
		{ char: '\t', text: 'a tab (U+0009)' },
		{ char: '\n', text: 'a line break (U+000A)' },
		{ char: '\u00a0', text: 'a non-breaking space (U+00A0)' },
		{ char: '\u2060', text: 'U+2060' },
	])('describes $text', ({ char, text }) => {
		expect(describeCharacter(char)).toBe(text);
	});
});

describe('describeCharacterAt', () => {
	it.each([
		{ text: 'A&B', index: 1, result: '“&” (U+0026) at character 2' },
		{ text: '🔥&', index: 2, result: '“&” (U+0026) at character 2' },
		{ text: 'a🔥', index: 1, result: '“🔥” (U+1F525) at character 2' },
		{ text: 'ab', index: 5, result: '' },
	])('describes index $index of $text', ({ text, index, result }) => {
		expect(describeCharacterAt(text, index)).toBe(result);
	});
});
