import { describe, expect, it } from 'vitest';

import { isQuoted } from '~/lib/auth/is-quoted';

describe('isQuoted', () => {
	it.each([
		{ text: "'abc'" },
		{ text: '"abc"' },
		{ text: '`abc`' },
		{ text: '\u201Cabc\u201D' },
		{ text: '\u2018abc\u2019' },
		{ text: '"abc\u201D' },
		{ text: '""' },
	])('finds quotes around $text', ({ text }) => {
		expect(isQuoted(text)).toBe(true);
	});

	it.each([{ text: 'abc' }, { text: '"abc' }, { text: "abc'" }, { text: '"' }, { text: '' }])(
		'finds no pair of quotes around $text',
		({ text }) => {
			expect(isQuoted(text)).toBe(false);
		},
	);
});
