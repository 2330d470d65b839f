import { describe, expect, it } from 'vitest';

import { splitHeaderLines } from '~/lib/auth/split-header-lines';

describe('splitHeaderLines', () => {
	it.each([
		{ ending: 'LF', text: 'A: 1\nB: 2' },
		{ ending: 'CRLF', text: 'A: 1\r\nB: 2' },
		{ ending: 'CR', text: 'A: 1\rB: 2' },
	])('splits $ending lines and keeps each offset', ({ text }) => {
		const second = text.indexOf('B');
		expect(splitHeaderLines(text)).toEqual([
			{ number: 1, offset: 0, text: 'A: 1' },
			{ number: 2, offset: second, text: 'B: 2' },
		]);
	});

	it('keeps blank lines so line numbers match what the reader sees', () => {
		expect(
			splitHeaderLines('A: 1\n\n  \nB: 2\n').map(({ number, text }) => [number, text]),
		).toEqual([
			[1, 'A: 1'],
			[2, ''],
			[3, '  '],
			[4, 'B: 2'],
		]);
	});

	it('returns one empty line for empty text', () => {
		expect(splitHeaderLines('')).toEqual([{ number: 1, offset: 0, text: '' }]);
	});
});
