import { describe, expect, it } from 'vitest';

import { locateOffset } from '~/lib/paste/locate-offset';

describe('locateOffset', () => {
	it.each([
		{ name: 'the first character', text: '{"a":1}', offset: 0, line: 1, column: 1 },
		{ name: 'a character on line 1', text: '{"a":1}', offset: 5, line: 1, column: 6 },
		{ name: 'the start of a line after LF', text: 'ab\ncd', offset: 3, line: 2, column: 1 },
		{ name: 'a character after CR LF', text: 'ab\r\ncd', offset: 5, line: 2, column: 2 },
		{ name: 'a character after a lone CR', text: 'ab\rcd', offset: 4, line: 2, column: 2 },
		{
			name: 'a CR itself, which is still on its line',
			text: 'Hi,\r\nthere',
			offset: 3,
			line: 1,
			column: 4,
		},
		{
			name: 'a character after an emoji, counted once',
			text: '🔥x',
			offset: 2,
			line: 1,
			column: 2,
		},
		{ name: 'the end of the text', text: 'ab\n', offset: 3, line: 2, column: 1 },
		{ name: 'an offset past the end', text: 'ab', offset: 99, line: 1, column: 3 },
		{ name: 'a negative offset', text: 'ab', offset: -1, line: 1, column: 1 },
	])('locates $name', ({ text, offset, line, column }) => {
		expect(locateOffset(text, offset)).toEqual({ line, column });
	});

	it('counts two blank lines between CR LF pairs', () => {
		expect(locateOffset('a\r\n\r\n\r\nb', 7)).toEqual({ line: 4, column: 1 });
	});
});
