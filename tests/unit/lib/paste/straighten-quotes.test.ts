import { describe, expect, it } from 'vitest';

import { straightenQuotes } from '~/lib/paste/straighten-quotes';

describe('straightenQuotes', () => {
	it.each([
		{
			name: 'curly double quotes from a mail app',
			text: '{“destination”: “+6591234567”, “text”: “Hi”}',
			fixed: '{"destination": "+6591234567", "text": "Hi"}',
		},
		{
			name: 'an apostrophe inside a curly-quoted value',
			text: '{“text”: “Don’t reply”}',
			fixed: '{"text": "Don’t reply"}',
		},
		{
			name: 'curly single quotes around a value with an apostrophe',
			text: '{‘text’: ‘Don’t reply’}',
			fixed: '{"text": "Don’t reply"}',
		},
		{
			name: 'straight single quotes',
			text: "{'destination': '+6591234567', 'text': 'Hi'}",
			fixed: '{"destination": "+6591234567", "text": "Hi"}',
		},
		{
			name: 'a straight quote inside a curly-quoted value',
			text: '{“text”: “Order "A" shipped”}',
			fixed: '{"text": "Order \\"A\\" shipped"}',
		},
		{
			name: 'two opening curly quotes, as some keyboards pair them',
			text: '{“text“: “Hi“}',
			fixed: '{"text": "Hi"}',
		},
		{
			name: 'curly quotes in a list',
			text: '{"destinations": [“+6591234567”, “+447700900123”]}',
			fixed: '{"destinations": ["+6591234567", "+447700900123"]}',
		},
	])('fixes $name', ({ text, fixed }) => {
		expect(straightenQuotes(text)?.text).toBe(fixed);
		expect(() => JSON.parse(fixed) as unknown).not.toThrow();
	});

	it('keeps curly quotes inside straight-quoted strings', () => {
		expect(straightenQuotes('{"text": "She said “hi” and ‘bye’"}')).toBeUndefined();
	});

	it('says how many names and values it changed', () => {
		expect(straightenQuotes('{“text”: “Hi”}')?.description).toMatchInlineSnapshot(
			`"Puts straight double quotes around 2 names and values that had curly or single quotes."`,
		);
	});
});
