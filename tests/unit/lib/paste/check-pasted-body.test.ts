import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { checkPastedBody, MAX_LISTED_ISSUES } from '~/lib/paste/check-pasted-body';

const MB = 1024 * 1024;

function summary(text: string) {
	const result = checkPastedBody(text);
	return {
		kind: result.kind,
		ok: result.ok,
		codes: result.issues.map((issue) => issue.code),
		fixes: result.fixes.map((fix) => fix.id),
	};
}

describe('checkPastedBody', () => {
	it('answers empty for nothing but whitespace', () => {
		expect(checkPastedBody(' \r\n\t')).toEqual({ kind: 'empty', ok: false, issues: [], fixes: [] });
	});

	it('accepts a valid single body', () => {
		expect(checkPastedBody('{"destination": "+6591234567", "text": "Hi"}')).toEqual({
			kind: 'request',
			ok: true,
			shape: 'single',
			issues: [],
			fixes: [],
		});
	});

	it('reports an unescaped quote at line 1, column 55 and escapes it (case 4)', () => {
		const text = '{"destination":"+6591234567","text":"New mail: Order "ABC-123" shipped"}';
		const result = checkPastedBody(text);
		expect(result).toMatchObject({
			kind: 'json-error',
			error: { kind: 'unescaped-quote', line: 1, column: 55 },
		});
		expect(result.issues[0]?.title).toMatchInlineSnapshot(
			`"Invalid JSON at line 1, column 55: a quote inside a string is not escaped."`,
		);
		expect(result.fixes).toEqual([
			{
				id: 'escape-inner-quotes',
				label: 'Apply: escape the inner quotes',
				description: 'Writes 2 quotes inside strings as \\", so the text keeps them.',
				text: '{"destination":"+6591234567","text":"New mail: Order \\"ABC-123\\" shipped"}',
			},
		]);
	});

	it('reports a raw line break at line 1, column 46 and offers two fixes (case 5)', () => {
		const result = checkPastedBody('{"destination":"+6591234567","text":"Hi team,\r\nServer"}');
		expect(result).toMatchObject({
			kind: 'json-error',
			error: { kind: 'control-character', line: 1, column: 46 },
		});
		expect(result.issues).toMatchInlineSnapshot(`
			[
			  {
			    "code": "JSON_CONTROL_CHARACTER",
			    "detail": "The string holds a carriage return (U+000D) as it is. Inside JSON strings a line break must be written \\n, a carriage return \\r and a tab \\t.",
			    "fix": "Escape it with the fix below, or map the datapill into a JSON body field so Workato escapes it.",
			    "path": "body",
			    "position": 45,
			    "severity": "error",
			    "title": "Invalid JSON at line 1, column 46: control character in a string.",
			  },
			]
		`);
		expect(result.fixes.map(({ id, text }) => ({ id, text }))).toEqual([
			{
				id: 'escape-control-characters',
				text: '{"destination":"+6591234567","text":"Hi team,\\r\\nServer"}',
			},
			{
				id: 'normalize-whitespace',
				text: '{"destination":"+6591234567","text":"Hi team,\\nServer"}',
			},
		]);
	});

	it('reports a + before the phone number at line 1, column 17 (case 7)', () => {
		const result = checkPastedBody('{"destination": +6591234567, "text": "Hi"}');
		expect(result).toMatchObject({ kind: 'json-error', error: { line: 1, column: 17 } });
		expect(result.issues[0]).toMatchObject({
			code: 'JSON_PLUS_NUMBER',
			title: 'Invalid JSON at line 1, column 17: a number cannot start with +.',
			fix: 'Put the number in quotes: "+6591234567".',
		});
		expect(result.fixes[0]?.text).toBe('{"destination": "+6591234567", "text": "Hi"}');
	});

	it('explains a phone number sent as a JSON number and writes it as text (case 7)', () => {
		const result = checkPastedBody('{"destination": 6591234567, "text": "Hi"}');
		expect(result).toMatchObject({ kind: 'request', ok: false, shape: 'single' });
		expect(result.issues).toMatchObject([
			{
				code: 'SCHEMA_DESTINATION_TYPE',
				title: 'The destination must be a string, not a number.',
				position: 16,
			},
		]);
		expect(result.fixes).toEqual([
			{
				id: 'quote-number-destinations',
				label: 'Apply: write the phone numbers as text',
				description: 'Writes 1 phone number as text: 6591234567 becomes "+6591234567".',
				text: '{"destination": "+6591234567", "text": "Hi"}',
			},
		]);
	});

	it('asks for the original text of a number in scientific notation (case 7)', () => {
		const result = checkPastedBody('{"destination": 6.591234567E9, "text": "Hi"}');
		expect(result.fixes).toEqual([]);
		expect(result.issues).toMatchInlineSnapshot(`
			[
			  {
			    "code": "PASTE_DESTINATION_LOST_DIGITS",
			    "detail": "It is a number in a format a spreadsheet or converter writes; the digits it hides, the + and any leading 0 cannot be recovered from it.",
			    "fix": "Paste the original text of the number in quotes, such as "+6591234567".",
			    "path": "destination",
			    "position": 16,
			    "severity": "error",
			    "title": "The destination lost its digits: “6.591234567E9”.",
			  },
			]
		`);
	});

	it('quotes a national number without adding a + when a country stands beside it', () => {
		const result = checkPastedBody('{"destination": 2025550308, "country": "US", "text": "Hi"}');
		expect(result.fixes[0]?.text).toBe(
			'{"destination": "2025550308", "country": "US", "text": "Hi"}',
		);
	});

	it.each([
		{
			name: 'curly quotes',
			text: '{“destination”: “+6591234567”, “text”: “Hi”}',
			expected: {
				kind: 'json-error',
				ok: false,
				codes: ['JSON_SMART_QUOTES'],
				fixes: ['straighten-quotes'],
			},
		},
		{
			name: 'a trailing comma',
			text: '{"destination": "+6591234567", "text": "Hi",}',
			expected: {
				kind: 'json-error',
				ok: false,
				codes: ['JSON_TRAILING_COMMA'],
				fixes: ['remove-trailing-commas'],
			},
		},
		{
			name: 'a tab in the text',
			text: '{"destination": "+6591234567", "text": "Hi\tthere"}',
			expected: {
				kind: 'json-error',
				ok: false,
				codes: ['JSON_CONTROL_CHARACTER'],
				fixes: ['escape-control-characters', 'normalize-whitespace'],
			},
		},
		{
			name: 'a missing comma, which has no fix',
			text: '{"destination": "+6591234567" "text": "Hi"}',
			expected: { kind: 'json-error', ok: false, codes: ['JSON_SYNTAX'], fixes: [] },
		},
		{
			name: 'a comma before a mismatched bracket, which removing does not mend',
			text: '{"destinations": ["+6591234567",}',
			expected: { kind: 'json-error', ok: false, codes: ['JSON_TRAILING_COMMA'], fixes: [] },
		},
		{
			name: 'a blank text',
			text: '{"destination": "+6591234567", "text": "  "}',
			expected: { kind: 'request', ok: false, codes: ['SCHEMA_TEXT_BLANK'], fixes: [] },
		},
		{
			name: 'a JSON array',
			text: '[{"destination": "+6591234567", "text": "Hi"}]',
			expected: { kind: 'request', ok: false, codes: ['SCHEMA_BODY_TYPE'], fixes: [] },
		},
		{
			name: 'an unknown field only',
			text: '{"destination": "+6591234567", "text": "Hi", "from": "Acme"}',
			expected: { kind: 'request', ok: true, codes: ['SCHEMA_UNKNOWN_FIELD'], fixes: [] },
		},
	])('checks a body with $name', ({ text, expected }) => {
		expect(summary(text)).toEqual(expected);
	});

	it('checks a body with destinations as a batch', () => {
		const result = checkPastedBody(
			'{"destinations": ["+6591234567", 447700900123], "template": {"text": "Hi"}}',
		);
		expect(result).toMatchObject({ kind: 'request', ok: false, shape: 'batch' });
		expect(result.issues.map((issue) => issue.path)).toEqual(['destinations[1]']);
		expect(result.fixes[0]?.text).toBe(
			'{"destinations": ["+6591234567", "+447700900123"], "template": {"text": "Hi"}}',
		);
	});

	it('lists at most 20 findings and counts the rest', () => {
		const destinations = Array.from({ length: 30 }, (_, index) => `+65 9123 45${10 + index}`);
		const result = checkPastedBody(JSON.stringify({ destinations, template: { text: 'Hi' } }));
		expect(result.issues).toHaveLength(MAX_LISTED_ISSUES + 1);
		expect(result.issues.at(-1)).toMatchObject({
			code: 'PASTE_MORE_FINDINGS',
			severity: 'info',
			title: '10 more findings are not listed.',
		});
	});

	it('never throws, whatever string it gets', () => {
		fc.assert(
			fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (text) => {
				expect(Array.isArray(checkPastedBody(text).issues)).toBe(true);
			}),
			{ numRuns: 500 },
		);
	});

	it('never throws for JSON with a few characters changed', () => {
		const mutated = fc
			.tuple(
				fc.json(),
				fc.array(fc.tuple(fc.nat(), fc.constantFrom('"', ',', '“', '+', '\n', '\\', '}', ''))),
			)
			.map(([json, edits]) =>
				edits.reduce((text, [at, char]) => {
					const index = text.length ? at % text.length : 0;
					return text.slice(0, index) + char + text.slice(index + 1);
				}, json),
			);
		fc.assert(
			fc.property(mutated, (text) => {
				const result = checkPastedBody(text);
				expect(result.issues.length > 0 || result.kind === 'empty' || result.ok).toBe(true);
			}),
			{ numRuns: 500 },
		);
	});
});

// A generous timeout, not a speed check: the CI machine may be busy with a browser run.
describe('checkPastedBody with 1 MB of text', { timeout: 30_000 }, () => {
	it('accepts a valid body with a 1 MB text', () => {
		const text = JSON.stringify({ destination: '+6591234567', text: 'a'.repeat(MB) });
		expect(summary(text)).toEqual({ kind: 'request', ok: true, codes: [], fixes: [] });
	});

	it('locates an unescaped quote near the end of 1 MB', () => {
		const text = `{"destination":"+6591234567","text":"${'a'.repeat(MB)} "x" y"}`;
		expect(checkPastedBody(text)).toMatchObject({
			kind: 'json-error',
			error: { kind: 'unescaped-quote', line: 1, column: MB + 40 },
			fixes: [{ id: 'escape-inner-quotes' }],
		});
	});

	it('escapes a third of a million line breaks in one string', () => {
		const text = `{"destination":"+6591234567","text":"${'a\r\n'.repeat(MB / 3)}"}`;
		const result = checkPastedBody(text);
		expect(result).toMatchObject({ kind: 'json-error', error: { line: 1, column: 39 } });
		expect(result.fixes.map((fix) => fix.id)).toEqual([
			'escape-control-characters',
			'normalize-whitespace',
		]);
	});

	it('stops at nesting deeper than 1,000 levels instead of overflowing the stack', () => {
		expect(summary('['.repeat(MB))).toEqual({
			kind: 'json-error',
			ok: false,
			codes: ['JSON_TOO_DEEP'],
			fixes: [],
		});
	});

	it('reads 1 MB of stray characters', () => {
		expect(summary('x,'.repeat(MB / 2)).codes).toEqual(['JSON_SYNTAX']);
	});

	it('checks a batch of 10,000 messages with bad numbers and lists 20 findings', () => {
		const messages = Array.from({ length: 10_000 }, () => ({
			destination: 6591234567,
			text: 'x'.repeat(90),
		}));
		const text = JSON.stringify({ messages });
		expect(text.length).toBeGreaterThan(MB);
		const result = checkPastedBody(text);
		expect(result.issues).toHaveLength(MAX_LISTED_ISSUES + 1);
		expect(result.fixes.map((fix) => fix.id)).toEqual(['quote-number-destinations']);
	});
});
