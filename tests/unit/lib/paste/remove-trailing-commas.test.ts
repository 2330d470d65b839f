import { describe, expect, it } from 'vitest';

import { removeTrailingCommas } from '~/lib/paste/remove-trailing-commas';

describe('removeTrailingCommas', () => {
	it('removes the comma of 8x8 batch tutorial and keeps the line breaks', () => {
		const text = '{\n  "messages": [\n    {"destination": "+6500000000",}\n  ],\n}';
		expect(removeTrailingCommas(text)).toEqual({
			text: '{\n  "messages": [\n    {"destination": "+6500000000"}\n  ]\n}',
			description: 'Removes 2 commas after the last item of an object or list.',
		});
	});

	it('keeps commas inside strings', () => {
		expect(removeTrailingCommas('{"text": "a,}", "b": [1,]}')?.text).toBe(
			'{"text": "a,}", "b": [1]}',
		);
	});

	it('returns nothing for a body without trailing commas', () => {
		expect(removeTrailingCommas('{"a": [1, 2], "b": 3}')).toBeUndefined();
	});
});
