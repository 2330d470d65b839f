import type { CountryCode } from 'libphonenumber-js/min';
import { describe, expect, it } from 'vitest';

import { normalizeDestination } from '~/lib/sms/normalize-destination';

// 8x8's OpenAPI pattern for `destination`.
const OAS_DESTINATION = /^\+{0,1}[1-9]{1}[0-9]{6,14}$/;

const accepted: { raw: string; country?: CountryCode; e164: string; iso?: CountryCode }[] = [
	{ raw: '+6591234567', e164: '+6591234567', iso: 'SG' },
	{ raw: '91234567', country: 'SG', e164: '+6591234567', iso: 'SG' },
	{ raw: '9123 4567', country: 'SG', e164: '+6591234567', iso: 'SG' },
	{ raw: '9123-4567', country: 'SG', e164: '+6591234567', iso: 'SG' },
	{ raw: '(+65) 9123 4567', e164: '+6591234567', iso: 'SG' },
	{ raw: '+65 9123.4567', e164: '+6591234567', iso: 'SG' },
	{ raw: '0065 9123 4567', e164: '+6591234567', iso: 'SG' },
	{ raw: '6591234567', country: 'SG', e164: '+6591234567', iso: 'SG' },
	{ raw: '+6591234567', country: 'GB', e164: '+6591234567', iso: 'SG' },
	{ raw: ' +65 9123 4567\n', e164: '+6591234567', iso: 'SG' },
	{ raw: '\u202a+65 9123 4567\u202c', e164: '+6591234567', iso: 'SG' },
	{ raw: '＋６５ ９１２３ ４５６７', e164: '+6591234567', iso: 'SG' },
	{ raw: '07700 900123', country: 'GB', e164: '+447700900123', iso: 'GB' },
	{ raw: '+44 (0)20 7123 4567', e164: '+442071234567', iso: 'GB' },
	{ raw: '0044 20 7123 4567', e164: '+442071234567', iso: 'GB' },
	{ raw: '020 7123 4567', country: 'GB', e164: '+442071234567', iso: 'GB' },
	{ raw: '0412 345 678', country: 'AU', e164: '+61412345678', iso: 'AU' },
	{ raw: '+61 (0)412 345 678', e164: '+61412345678', iso: 'AU' },
	{ raw: '0011 61 412 345 678', country: 'AU', e164: '+61412345678', iso: 'AU' },
	{ raw: '(202) 555-0123', country: 'US', e164: '+12025550123', iso: 'US' },
	{ raw: '1 202 555 0123', country: 'US', e164: '+12025550123', iso: 'US' },
	{ raw: '+1 202.555.0123', e164: '+12025550123', iso: 'US' },
	{ raw: '+33 6 12 34 56 78', e164: '+33612345678', iso: 'FR' },
	{ raw: '0151/23456789', country: 'DE', e164: '+4915123456789', iso: 'DE' },
	{ raw: '+800 1234 5678', e164: '+80012345678' },
];

describe('normalizeDestination', () => {
	it.each(accepted)('turns $raw ($country) into $e164', ({ raw, country, e164, iso }) => {
		const result = normalizeDestination(raw, country);

		expect(result.ok && result.value).toEqual(iso ? { e164, country: iso } : { e164 });
		expect(e164).toMatch(OAS_DESTINATION);
	});

	it.each(accepted)(
		'returns $e164 unchanged and silent when given it again',
		({ e164, country }) => {
			const again = normalizeDestination(e164, country);

			expect(again.ok && again.value.e164).toBe(e164);
			expect(again.issues.map((issue) => issue.code)).not.toContain('DESTINATION_REFORMATTED');
		},
	);

	it('adds no finding to an E.164 number in use', () => {
		expect(normalizeDestination('+6591234567')).toEqual({
			ok: true,
			value: { e164: '+6591234567', country: 'SG' },
			issues: [],
		});
	});

	it('tells the reader what a national number is sent as', () => {
		const result = normalizeDestination('91234567', 'SG');

		expect(result.issues).toEqual([
			expect.objectContaining({
				code: 'DESTINATION_REFORMATTED',
				severity: 'info',
				title: 'Sent as +6591234567.',
			}),
		]);
	});

	it('accepts the UK drama number of case 8 with a warning that it is not in use', () => {
		const result = normalizeDestination('07700 900123', 'GB');

		expect(result.ok).toBe(true);
		expect(result.issues.map(({ code, severity }) => ({ code, severity }))).toEqual([
			{ code: 'DESTINATION_UNUSED_RANGE', severity: 'warning' },
			{ code: 'DESTINATION_REFORMATTED', severity: 'info' },
		]);
	});

	it.each([
		{ raw: '', code: 'DESTINATION_EMPTY' },
		{ raw: '   ', code: 'DESTINATION_EMPTY' },
		{ raw: '6.591234567E9', code: 'DESTINATION_SCIENTIFIC_NOTATION' },
		{ raw: '6.59E+09', code: 'DESTINATION_SCIENTIFIC_NOTATION' },
		{ raw: '6,59123E+09', code: 'DESTINATION_SCIENTIFIC_NOTATION' },
		{ raw: '91234567', code: 'DESTINATION_NO_COUNTRY_CODE' },
		{ raw: '07700 900123', code: 'DESTINATION_NO_COUNTRY_CODE' },
		{ raw: '912345678', country: 'SG', code: 'DESTINATION_WRONG_LENGTH' },
		{ raw: '1234', country: 'SG', code: 'DESTINATION_WRONG_LENGTH' },
		{ raw: '+6591234567890123', code: 'DESTINATION_WRONG_LENGTH' },
		{ raw: '+65 1', code: 'DESTINATION_WRONG_LENGTH' },
		{ raw: '+999 1234567', code: 'DESTINATION_UNKNOWN_CALLING_CODE' },
		{ raw: '+49 1234', code: 'DESTINATION_PATTERN' },
	] satisfies { raw: string; country?: CountryCode; code: string }[])(
		'rejects $raw with $code',
		({ raw, code, ...rest }) => {
			const country = 'country' in rest ? rest.country : undefined;
			const result = normalizeDestination(raw, country);

			expect(result.ok).toBe(false);
			expect(result.issues.map((issue) => issue.code)).toEqual([code]);
		},
	);

	it.each([
		{ raw: '+65 9123 4567 ext 12', code: 'DESTINATION_LETTERS', position: 14 },
		{ raw: '1-800-FLOWERS', code: 'DESTINATION_LETTERS', position: 6 },
		{ raw: '65+91234567', code: 'DESTINATION_MISPLACED_PLUS', position: 2 },
		{ raw: '++6591234567', code: 'DESTINATION_MISPLACED_PLUS', position: 1 },
		{ raw: '+65#91234567', code: 'DESTINATION_INVALID_CHARACTER', position: 3 },
		{ raw: '+65_9123_4567', code: 'DESTINATION_INVALID_CHARACTER', position: 3 },
	])('points at the character that breaks $raw', ({ raw, code, position }) => {
		expect(normalizeDestination(raw, 'US').issues).toEqual([
			expect.objectContaining({ code, position }),
		]);
	});

	it('says where the stray + is', () => {
		const [issue] = normalizeDestination('65+91234567').issues;

		expect(issue?.title).toBe('The number has a + at character 3, not at the start.');
	});

	it('never assumes +1 for a number without a country code', () => {
		const result = normalizeDestination('2025550123');

		expect(result.ok).toBe(false);
		expect(result.issues[0]?.code).toBe('DESTINATION_NO_COUNTRY_CODE');
	});

	it('suggests the + when the digits already start with a country code', () => {
		const [issue] = normalizeDestination('6591234567').issues;

		expect(issue?.fix).toBe(
			'Add + and the country code, such as +65 for Singapore, or pick a default country. If 65 is already its country code, write +6591234567.',
		);
	});

	it('rejects a default country it does not know, on the country field', () => {
		const result = normalizeDestination('91234567', 'XX' as CountryCode);

		expect(result.issues).toEqual([
			expect.objectContaining({ code: 'DESTINATION_UNKNOWN_COUNTRY', path: 'defaultCountry' }),
		]);
	});

	it('warns about a Singapore number of the right length that no line uses', () => {
		const result = normalizeDestination('+6511234567');

		expect(result.ok).toBe(true);
		expect(result.issues).toEqual([
			expect.objectContaining({
				code: 'DESTINATION_UNUSED_RANGE',
				title: '+6511234567 is not in use in the Singapore numbering plan.',
			}),
		]);
	});

	it('words the scientific-notation finding with what, why and fix', () => {
		expect(normalizeDestination('6.591234567E9').issues[0]).toMatchInlineSnapshot(`
			{
			  "code": "DESTINATION_SCIENTIFIC_NOTATION",
			  "detail": "It is in scientific notation, which a spreadsheet shows for a number stored as a number; the digits it hides cannot be recovered.",
			  "fix": "Paste the original text of the number, or format the spreadsheet column as text.",
			  "path": "destination",
			  "severity": "error",
			  "title": "The number lost its digits: “6.591234567E9”.",
			}
		`);
	});

	it('words the missing country code finding with what, why and fix', () => {
		expect(normalizeDestination('91234567').issues[0]).toMatchInlineSnapshot(`
			{
			  "code": "DESTINATION_NO_COUNTRY_CODE",
			  "detail": "Without + and a country code the number could belong to any country, and it is not guessed: a guess of +1 would send the SMS to North America.",
			  "fix": "Add + and the country code, such as +65 for Singapore, or pick a default country.",
			  "path": "destination",
			  "severity": "error",
			  "title": "The number has no country code.",
			}
		`);
	});

	it('words the wrong length finding with what, why and fix', () => {
		expect(normalizeDestination('912345678', 'SG').issues[0]).toMatchInlineSnapshot(`
			{
			  "code": "DESTINATION_WRONG_LENGTH",
			  "detail": "Numbers after +65 come in set lengths, and 9 digits is not one of them.",
			  "fix": "Check for a missing or extra digit, and that the default country matches the number.",
			  "path": "destination",
			  "severity": "error",
			  "title": "+65912345678 is the wrong length for a Singapore number.",
			}
		`);
	});
});

describe('normalizeDestination with zeros after the country code', () => {
	it.each([
		{ raw: '+9500000000', reads: '0000000' },
		{ raw: '+950000000', reads: '000000' },
		{ raw: '+44 00 7700 900123', reads: '07700900123' },
	])('refuses $raw, whose digits would change on every pass', ({ raw, reads }) => {
		const result = normalizeDestination(raw);
		expect(result.ok).toBe(false);
		expect(result.issues.map((issue) => issue.code)).toEqual(['DESTINATION_DIGITS_DROPPED']);
		expect(result.issues[0]?.detail).toContain(`reads ${reads}`);
	});

	it('drops one trunk 0 and gives a number that normalises to itself', () => {
		const first = normalizeDestination('+44 (0)7700 900123');
		expect(first.ok && first.value.e164).toBe('+447700900123');
		const again = normalizeDestination('+447700900123');
		expect(again.ok && again.value.e164).toBe('+447700900123');
	});
});
