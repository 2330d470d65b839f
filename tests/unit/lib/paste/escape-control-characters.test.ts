import { describe, expect, it } from 'vitest';

import { escapeControlCharacters } from '~/lib/paste/escape-control-characters';

// Case 5: a Gmail body with CR LF line breaks and a TAB, dropped into a JSON template.
const CASE_5 =
	'{"destination":"+6591234567","text":"Hi team,\r\nServer db-01 is down.\r\n\tCheck now"}';

describe('escapeControlCharacters', () => {
	it('writes the line breaks and the tab as escapes, keeping the text (case 5)', () => {
		const result = escapeControlCharacters(CASE_5);
		const value = JSON.parse(result?.text ?? '') as { text: string };
		expect(result?.text).toBe(
			'{"destination":"+6591234567","text":"Hi team,\\r\\nServer db-01 is down.\\r\\n\\tCheck now"}',
		);
		expect(value.text).toBe('Hi team,\r\nServer db-01 is down.\r\n\tCheck now');
		expect(value.text).toHaveLength(43);
	});

	it('normalizes to LF and a space on request, giving 41 GSM-7 characters (case 5)', () => {
		const result = escapeControlCharacters(CASE_5, { normalize: true });
		const value = JSON.parse(result?.text ?? '') as { text: string };
		expect(value.text).toBe('Hi team,\nServer db-01 is down.\n Check now');
		expect(value.text).toHaveLength(41);
		expect(result?.description).toMatchInlineSnapshot(
			`"Writes 3 line breaks and tabs inside strings as \\n or a space, which keeps the text in the GSM-7 alphabet."`,
		);
	});

	it.each([
		{ name: 'a lone CR', text: '"a\rb"', fixed: '"a\\rb"' },
		{ name: 'a form feed', text: '"a\fb"', fixed: '"a\\fb"' },
		{ name: 'a NUL character', text: '"a\u0000b"', fixed: '"a\\u0000b"' },
		{ name: 'an escape character', text: '"a\u001bb"', fixed: '"a\\u001bb"' },
	])('escapes $name', ({ text, fixed }) => {
		expect(escapeControlCharacters(text)?.text).toBe(fixed);
	});

	it('leaves line breaks between fields alone', () => {
		expect(escapeControlCharacters('{\r\n\t"text": "Hi"\r\n}')).toBeUndefined();
	});

	it('does not treat an escaped quote as the end of the string', () => {
		expect(escapeControlCharacters('{"text": "say \\"hi\\"\nbye"}')?.text).toBe(
			'{"text": "say \\"hi\\"\\nbye"}',
		);
	});
});
