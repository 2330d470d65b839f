import { describe, expect, it } from 'vitest';

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
