import { describe, expect, it } from 'vitest';

import { checkSenderId } from '~/lib/sms/check-sender-id';

const codes = (raw: string) => checkSenderId(raw).issues.map((issue) => issue.code);

describe('checkSenderId', () => {
	it.each([{ raw: '' }, { raw: '   ' }])('leaves the optional sender out for "$raw"', ({ raw }) => {
		expect(checkSenderId(raw)).toEqual({ ok: true, value: undefined, issues: [] });
	});

	it.each([
		{ raw: 'AcmeAlerts' },
		{ raw: 'Acme Corp' },
		{ raw: 'AcmeSupport' },
		{ raw: 'ACME 24 7' },
		{ raw: '+6591234567' },
		{ raw: '6591234567' },
		{ raw: '+123456789012345' },
		{ raw: '1234567890123456' },
	])('accepts $raw unchanged with a note on country rules', ({ raw }) => {
		const result = checkSenderId(raw);

		expect(result.ok && result.value).toBe(raw);
		expect(codes(raw)).toEqual(['SENDER_COUNTRY_RULES']);
		expect(result.issues[0]?.severity).toBe('info');
	});

	it('rejects the 12-character sender of case 10 and suggests dropping the space', () => {
		expect(checkSenderId('Acme Support')).toEqual({
			ok: false,
			issues: [
				expect.objectContaining({
					code: 'SENDER_ALPHANUMERIC_TOO_LONG',
					title: 'Alphanumeric sender: at most 11 characters, got 12.',
					fix: 'Shorten it, for example to AcmeSupport.',
				}),
			],
		});
	});

	it.each([
		{ raw: 'Acme Customer Care', suggestion: 'Acme Custom' },
		{ raw: 'Acme Alerts Team', suggestion: 'Acme Alerts' },
		{ raw: 'Acme Support & Co', suggestion: 'Acme Suppor' },
	])('suggests $suggestion when dropping spaces is not enough for $raw', ({ raw, suggestion }) => {
		const issue = checkSenderId(raw).issues.find(
			({ code }) => code === 'SENDER_ALPHANUMERIC_TOO_LONG',
		);

		expect(issue?.fix).toBe(`Shorten it, for example to ${suggestion}.`);
	});

	it.each([
		{ raw: '+1234567890123456', length: 17 },
		{ raw: '12345678901234567', length: 17 },
	])('rejects the numeric sender $raw of $length characters', ({ raw, length }) => {
		expect(checkSenderId(raw).issues).toEqual([
			expect.objectContaining({
				code: 'SENDER_NUMERIC_TOO_LONG',
				title: `Numeric sender: at most 16 characters, got ${length}.`,
			}),
		]);
	});

	it.each([
		{ raw: 'Café', position: 3, title: 'The sender contains “é” (U+00E9) at character 4.' },
		{ raw: 'A&B', position: 1, title: 'The sender contains “&” (U+0026) at character 2.' },
		{ raw: 'Acme-Alerts', position: 4, title: 'The sender contains “-” (U+002D) at character 5.' },
		{ raw: 'Acme🔥', position: 4, title: 'The sender contains “🔥” (U+1F525) at character 5.' },
		{ raw: '+Acme', position: 0, title: 'The sender contains “+” (U+002B) at character 1.' },
		{ raw: 'Acme\tCo', position: 4, title: 'The sender contains a tab (U+0009) at character 5.' },
	])('names the character and position that $raw cannot use', ({ raw, position, title }) => {
		expect(checkSenderId(raw).issues).toEqual([
			expect.objectContaining({ code: 'SENDER_INVALID_CHARACTER', position, title }),
		]);
	});

	it('counts positions in characters after an emoji', () => {
		const issues = checkSenderId('Ac🔥me&').issues;

		expect(issues.map(({ position, title }) => ({ position, title }))).toEqual([
			{ position: 2, title: 'The sender contains “🔥” (U+1F525) at character 3.' },
			{ position: 6, title: 'The sender contains “&” (U+0026) at character 6.' },
		]);
	});

	it('reports a bad character and the length together', () => {
		expect(codes('Acme Support & Co')).toEqual([
			'SENDER_INVALID_CHARACTER',
			'SENDER_ALPHANUMERIC_TOO_LONG',
		]);
	});

	it.each([
		{ raw: ' Acme', position: 0 },
		{ raw: 'Acme ', position: 4 },
	])('warns about the outer space in "$raw"', ({ raw, position }) => {
		const result = checkSenderId(raw);

		expect(result.ok).toBe(true);
		expect(result.issues[0]).toMatchObject({
			code: 'SENDER_OUTER_SPACE',
			severity: 'warning',
			position,
			fix: 'Remove it: Acme.',
		});
	});

	it('words the length finding with what, why and fix', () => {
		expect(checkSenderId('Acme Support').issues[0]).toMatchInlineSnapshot(`
			{
			  "code": "SENDER_ALPHANUMERIC_TOO_LONG",
			  "detail": "8x8 takes at most 11 characters for a named sender, spaces included.",
			  "fix": "Shorten it, for example to AcmeSupport.",
			  "path": "source",
			  "severity": "error",
			  "title": "Alphanumeric sender: at most 11 characters, got 12.",
			}
		`);
	});

	it('words the country note', () => {
		expect(checkSenderId('AcmeAlerts').issues[0]).toMatchInlineSnapshot(`
			{
			  "code": "SENDER_COUNTRY_RULES",
			  "detail": "Depending on the destination, the network may overwrite the sender or accept it only after registration.",
			  "fix": "Check the rules for your destination country with 8x8 before relying on the sender.",
			  "path": "source",
			  "severity": "info",
			  "title": "Some countries replace or block sender ids.",
			}
		`);
	});
});
