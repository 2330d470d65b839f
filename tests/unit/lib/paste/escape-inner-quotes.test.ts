import { describe, expect, it } from 'vitest';

import { escapeInnerQuotes } from '~/lib/paste/escape-inner-quotes';

describe('escapeInnerQuotes', () => {
	it('escapes the quotes around an order number (case 4)', () => {
		const text = '{"destination":"+6591234567","text":"New mail: Order "ABC-123" shipped"}';
		expect(escapeInnerQuotes(text)).toEqual({
			text: '{"destination":"+6591234567","text":"New mail: Order \\"ABC-123\\" shipped"}',
			description: 'Writes 2 quotes inside strings as \\", so the text keeps them.',
		});
	});

	it.each([
		{
			name: 'a quote followed by a comma inside the text',
			text: '{"text": "Order "A", then "B" shipped"}',
			fixed: '{"text": "Order \\"A\\", then \\"B\\" shipped"}',
		},
		{
			name: 'quoted words at the end of the text',
			text: '{"text": "He said "hi""}',
			fixed: '{"text": "He said \\"hi\\""}',
		},
		{
			name: 'inner quotes across lines of a pretty body',
			text: '{\n  "text": "Re: "urgent" invoice",\n  "destination": "+6591234567"\n}',
			fixed: '{\n  "text": "Re: \\"urgent\\" invoice",\n  "destination": "+6591234567"\n}',
		},
	])('escapes $name', ({ text, fixed }) => {
		const result = escapeInnerQuotes(text);
		expect(result?.text).toBe(fixed);
		expect(() => JSON.parse(fixed) as unknown).not.toThrow();
	});

	it.each([
		{ text: '{"destination":"+6591234567","text":"Hi"}' },
		{ text: '["a", "b", {"c": [1, "d"]}]' },
		{ text: '{"text":"Order \\"A\\""}' },
	])('leaves valid JSON alone: $text', ({ text }) => {
		expect(escapeInnerQuotes(text)).toBeUndefined();
	});
});
