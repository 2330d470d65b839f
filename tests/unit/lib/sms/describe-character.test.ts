import { describe, expect, it } from 'vitest';

import { describeCharacter } from '~/lib/sms/describe-character';

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
