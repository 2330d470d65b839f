import { describe, expect, it } from 'vitest';

import { keyCharacterIssues, type KeyLocation } from '~/lib/auth/key-character-issues';

const AT_START: KeyLocation = {
	path: 'apiKey',
	offset: 0,
	place: (position) => `character ${position + 1}`,
};

function summarise(key: string, location = AT_START) {
	return keyCharacterIssues(key, location).map(({ code, severity, position, title }) => ({
		code,
		severity,
		position,
		title,
	}));
}

describe('keyCharacterIssues', () => {
	it.each([
		{ key: 'AbCdEf123GhIjKl456MnOpQr789' },
		{ key: 'Ab3dEf7hIjKl1nOpQr5tUv9xYz0bCdEf2hIjKl4nOp' },
		{ key: 'aB-_09zZ' },
	])('finds nothing in $key', ({ key }) => {
		expect(keyCharacterIssues(key, AT_START)).toEqual([]);
	});

	it.each([
		{ key: 'AbCdEf123 GhIjKl456', position: 9, title: 'Space at character 10, inside the key.' },
		{ key: 'AbCdEf123\tGhIjKl456', position: 9, title: 'Tab at character 10, inside the key.' },
		{ key: 'AbCd\nEf123', position: 4, title: 'Line break at character 5, inside the key.' },
		{ key: 'AbCd\rEf123', position: 4, title: 'Line break at character 5, inside the key.' },
	])('reports whitespace inside $key as an error', ({ key, position, title }) => {
		expect(summarise(key)).toEqual([
			{ code: 'API_KEY_INNER_WHITESPACE', severity: 'error', position, title },
		]);
	});

	it('reports a CR LF pair as one line break', () => {
		expect(summarise('AbCd\r\nEf123')).toEqual([
			{
				code: 'API_KEY_INNER_WHITESPACE',
				severity: 'error',
				position: 4,
				title: 'Line break at character 5, inside the key.',
			},
		]);
	});

	it.each([
		{ char: '\u200B', codePoint: 'U+200B', name: 'zero-width space' },
		{ char: '\uFEFF', codePoint: 'U+FEFF', name: 'byte order mark (zero-width no-break space)' },
		{ char: '\u00A0', codePoint: 'U+00A0', name: 'no-break space' },
		{ char: '\u2060', codePoint: 'U+2060', name: 'word joiner' },
		{ char: '\u00AD', codePoint: 'U+00AD', name: 'soft hyphen' },
		{ char: '\u200D', codePoint: 'U+200D', name: 'zero-width joiner' },
		{ char: '\u2003', codePoint: 'U+2003', name: 'Unicode space' },
		{ char: '\u0007', codePoint: 'U+0007', name: 'control character' },
		{ char: '\u2061', codePoint: 'U+2061', name: 'invisible formatting character' },
	])('names the invisible $codePoint after AbCdEf by code point and place', (row) => {
		const [issue, ...others] = keyCharacterIssues(`AbCdEf${row.char}123GhIjKl`, AT_START);
		expect(others).toEqual([]);
		expect(issue).toMatchObject({
			code: 'API_KEY_INVISIBLE_CHARACTER',
			severity: 'error',
			position: 6,
			title: `Invisible character ${row.codePoint} at character 7.`,
		});
		expect(issue?.detail).toContain(`${row.codePoint} is a ${row.name}:`);
	});

	it.each([
		{ char: '\u0410', codePoint: 'U+0410' },
		{ char: 'é', codePoint: 'U+00E9' },
		{ char: '\u2013', codePoint: 'U+2013' },
		{ char: '\u201D', codePoint: 'U+201D' },
		{ char: '\u{1F511}', codePoint: 'U+1F511' },
	])('reports the visible non-ASCII $codePoint as an error', ({ char, codePoint }) => {
		expect(summarise(`AbCd${char}Ef`)).toEqual([
			{
				code: 'API_KEY_NON_ASCII_CHARACTER',
				severity: 'error',
				position: 4,
				title: `Non-ASCII character ${codePoint} at character 5.`,
			},
		]);
	});

	it('counts positions in UTF-16 units, as text inputs do', () => {
		expect(summarise('Ab\u{1F511}Cd Ef').map(({ position }) => position)).toEqual([2, 6]);
	});

	it('warns once, at the first unusual ASCII character', () => {
		expect(summarise('AbCd.Ef=Gh+')).toEqual([
			{
				code: 'API_KEY_UNUSUAL_CHARACTER',
				severity: 'warning',
				position: 4,
				title: 'Unusual character "." at character 5.',
			},
		]);
	});

	it('lists errors before the warning', () => {
		expect(summarise('Ab=Cd Ef').map(({ code }) => code)).toEqual([
			'API_KEY_INNER_WHITESPACE',
			'API_KEY_UNUSUAL_CHARACTER',
		]);
	});

	it('stops at 5 errors', () => {
		expect(summarise('a b c d e f g h')).toHaveLength(5);
	});

	it('places findings with the offset and wording it is given', () => {
		const onLine = {
			path: 'headers',
			offset: 22,
			place: (p: number) => `line 1, character ${p + 1}`,
		};
		expect(keyCharacterIssues('AbCdEf\u200B123', onLine)).toMatchObject([
			{
				path: 'headers',
				position: 28,
				title: 'Invisible character U+200B at line 1, character 29.',
			},
		]);
	});

	it('words an invisible character for the reader', () => {
		const [issue] = keyCharacterIssues('AbCdEf\u200B123GhIjKl456MnOpQr789', AT_START);
		expect(issue && { title: issue.title, detail: issue.detail, fix: issue.fix })
			.toMatchInlineSnapshot(`
				{
				  "detail": "U+200B is a zero-width space: it takes no room on screen, but it is sent with the key, so the key no longer matches and 8x8 answers 401.",
				  "fix": "Copy the key again straight from the API Keys page of 8x8 Connect and paste it.",
				  "title": "Invisible character U+200B at character 7.",
				}
			`);
	});
});
