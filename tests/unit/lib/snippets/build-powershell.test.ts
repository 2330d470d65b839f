import { describe, expect, it } from 'vitest';

import { buildPowerShell } from '~/lib/snippets/build-powershell';

import { KEY, URL, request } from './support/example-request';

const SINGLE_QUOTES = /['\u2018-\u201b]/;

// Reads the single-quoted string that starts at `from` the way PowerShell's tokenizer does:
// ' ‘ ’ ‚ ‛ each end the string, and two in a row stand for the second one.
function readSingleQuoted(code: string, from: number): string {
	let text = '';
	for (let index = from + 1; index < code.length; index += 1) {
		const char = code.charAt(index);
		if (!SINGLE_QUOTES.test(char)) {
			text += char;
			continue;
		}
		if (!SINGLE_QUOTES.test(code.charAt(index + 1))) {
			return text;
		}
		text += code.charAt(index + 1);
		index += 1;
	}
	throw new Error('The string is not closed.');
}

const readValue = (script: string, name: string): string => {
	const start = script.indexOf(`    ${name} = '`);
	return readSingleQuoted(script, script.indexOf("'", start));
};

describe('buildPowerShell', () => {
	it('prints the case 18 script with the key revealed', () => {
		expect(buildPowerShell(request(`Don't reply! Order "A&B"`), { revealKey: true })).toBe(
			[
				'$request = @{',
				`    Method = 'POST'`,
				`    Uri = '${URL}'`,
				`    Headers = @{ Authorization = 'Bearer ${KEY}' }`,
				`    ContentType = 'application/json'`,
				`    Body = '{"destination":"+6591234567","text":"Don''t reply! Order \\"A&B\\""}'`,
				'}',
				'Invoke-RestMethod @request',
			].join('\n'),
		);
	});

	it('masks the key unless revealKey is true', () => {
		const script = buildPowerShell(request('Hi'));

		expect(script).toContain(`Headers = @{ Authorization = 'Bearer AbCd…r789' }`);
		expect(script).not.toContain(KEY);
	});

	it('shows the placeholder when no key is entered', () => {
		expect(buildPowerShell(request('Hi', ''))).toContain(`'Bearer <YOUR_API_KEY>'`);
	});

	it('writes every non-ASCII character of the body as a JSON escape', () => {
		const script = buildPowerShell(request('“Hi” ‘x’ 🔥 é\u2028'), { revealKey: true });

		expect(script).toContain(
			String.raw`"text":"\u201cHi\u201d \u2018x\u2019 \ud83d\udd25 \u00e9\u2028"`,
		);
		expect(script).toMatch(/^[\x20-\x7e\n]*$/);
	});

	it('doubles typographic single quotes outside the body', () => {
		const script = buildPowerShell({ ...request('Hi'), url: 'https://x.test/‘a’' });

		expect(readValue(script, 'Uri')).toBe('https://x.test/‘a’');
		expect(script).toContain(`Uri = 'https://x.test/‘‘a’’'`);
	});

	it.each([
		{ name: 'case 18', text: `Don't reply! Order "A&B"` },
		{ name: 'apostrophes', text: `'' ' '''` },
		{ name: 'expansions', text: '$HOME $(id) ${x} $env:PATH `n`t @()' },
		{ name: 'typographic quotes', text: '“Hi” ‘x’ ‚y‛ don’t' },
		{ name: 'line breaks', text: 'a\r\n\tb\u2028c\u0085' },
		{ name: 'emoji and backslashes', text: 'C:\\new 🔥👍🏽 \\u0041' },
	])('gives a Body that PowerShell reads as the $name text', ({ text }) => {
		const script = buildPowerShell(request(text), { revealKey: true });

		expect(JSON.parse(readValue(script, 'Body'))).toEqual({ destination: '+6591234567', text });
		expect(readValue(script, 'Headers = @{ Authorization')).toBe(`Bearer ${KEY}`);
	});
});
