import { describe, expect, it } from 'vitest';

import { findJsonError } from '~/lib/paste/find-json-error';

// Columns below are counted by hand from the start of each line, the first character being 1.
describe('findJsonError', () => {
	it.each([
		{ name: 'an object', text: '{"destination":"+6591234567","text":"Hi"}' },
		{
			name: 'a pretty-printed batch',
			text: '{\n  "destinations": ["+6591234567"],\n  "template": {"text": "Hi"}\n}',
		},
		{ name: 'a curly quote inside a string', text: '{"text":"Don’t reply"}' },
		{ name: 'an escaped quote', text: '{"text":"Order \\"A\\""}' },
		{ name: 'a lone number', text: '42' },
	])('finds nothing wrong in $name', ({ text }) => {
		expect(findJsonError(text)).toBeUndefined();
	});

	it.each([
		{
			name: 'a raw CR LF inside the text (case 5)',
			text: '{"destination":"+6591234567","text":"Hi team,\r\nServer"}',
			expected: { kind: 'control-character', offset: 45, line: 1, column: 46 },
		},
		{
			name: 'an unescaped quote in the text (case 4)',
			text: '{"destination":"+6591234567","text":"New mail: Order "ABC-123" shipped"}',
			expected: { kind: 'unescaped-quote', offset: 54, line: 1, column: 55 },
		},
		{
			name: 'a + before the phone number (case 7)',
			text: '{"destination": +6591234567, "text": "Hi"}',
			expected: { kind: 'plus-number', offset: 16, line: 1, column: 17 },
		},
		{
			name: 'a raw tab inside a string',
			text: '{"text": "a\tb"}',
			expected: { kind: 'control-character', offset: 11, line: 1, column: 12 },
		},
		{
			name: 'a raw LF on the second line',
			text: '{\n  "text": "Hi\nthere"\n}',
			expected: { kind: 'control-character', offset: 15, line: 2, column: 14 },
		},
		{
			name: 'an unescaped quote before a number',
			text: '{"text": "Order "123" shipped"}',
			expected: { kind: 'unescaped-quote', offset: 17, line: 1, column: 18 },
		},
		{
			name: 'curly quotes around a name',
			text: '{“text”: “Hi”}',
			expected: { kind: 'smart-quotes', offset: 1, line: 1, column: 2 },
		},
		{
			name: 'single quotes',
			text: "{'text': 'Hi'}",
			expected: { kind: 'smart-quotes', offset: 1, line: 1, column: 2 },
		},
		{
			name: 'a trailing comma in an object, pointing at the comma',
			text: '{\n  "destination": "+6591234567",\n  "text": "Hi",\n}',
			expected: { kind: 'trailing-comma', offset: 48, line: 3, column: 15 },
		},
		{
			name: 'a trailing comma in a list',
			text: '{"destinations": ["+6591234567", ]}',
			expected: { kind: 'trailing-comma', offset: 31, line: 1, column: 32 },
		},
		{
			name: 'a line comment',
			text: '{\n  // the phone\n  "destination": "+6591234567"}',
			expected: { kind: 'comment', offset: 4, line: 2, column: 3 },
		},
		{
			name: 'a bad escape',
			text: '{"text": "C:\\temp\\x"}',
			expected: { kind: 'invalid-escape', offset: 17, line: 1, column: 18 },
		},
		{
			name: 'a body cut off after a value',
			text: '{"destination": "+6591234567"',
			expected: { kind: 'unexpected-end', offset: 29, line: 1, column: 30 },
		},
		{
			name: 'a string that is never closed',
			text: '{"text": "Hi',
			expected: { kind: 'unexpected-end', offset: 9, line: 1, column: 10 },
		},
		{
			name: 'a missing comma between two fields',
			text: '{"a": "x" "b": 1}',
			expected: { kind: 'syntax', offset: 10, line: 1, column: 11 },
		},
		{
			name: 'a + before a number after an emoji',
			text: '{"text": "🔥", "x": +5}',
			expected: { kind: 'plus-number', offset: 20, line: 1, column: 20 },
		},
		{
			name: 'nothing but spaces',
			text: '   ',
			expected: { kind: 'unexpected-end', offset: 3, line: 1, column: 4 },
		},
	])('locates $name', ({ text, expected }) => {
		expect(findJsonError(text)).toMatchObject(expected);
	});

	it('reports nesting deeper than 1,000 levels without reading it', () => {
		expect(findJsonError('['.repeat(1001))).toMatchObject({ kind: 'too-deep', offset: 1000 });
	});

	it('keeps the parser name of the error', () => {
		expect(findJsonError('{"a" 1}')).toMatchObject({ kind: 'syntax', parserCode: 'ColonExpected' });
	});
});
