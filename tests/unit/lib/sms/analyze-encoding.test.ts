import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { analyzeEncoding } from '~/lib/sms/analyze-encoding';

// Texts of the handed cases; expected figures are worked out by hand in the comments.
const T12A =
	'Server db-01 is DOWN since 09:14 SGT. On-call: please check the dashboard and reply ACK within 15 min';
const T12B = 'Alert [P1] {db-01} CPU 97% | disk ~95% | ticket [INC-2041] 🔥 ACK?';
const T12B_PLAIN = 'Alert [P1] {db-01} CPU 97% | disk ~95% | ticket [INC-2041] ACK?';
const CASE_5 = 'Hi team,\r\nServer db-01 is down.\r\n\tCheck now';
const FAMILY = '👨‍👩‍👧‍👦'; // 4 emoji (2 units each) joined by 3 ZWJ: 11 units

describe('analyzeEncoding', () => {
	it.each([
		// 101 basic characters.
		{ name: 'T12a', text: T12A, encoding: 'GSM7', characters: 101, units: 101, segments: 1 },
		// 102 BMP characters + 🔥 (2 units) = 104 > 70, so parts of 67: 67 + 37.
		{
			name: 'T12a+',
			text: `${T12A} 🔥`,
			encoding: 'UCS2',
			characters: 103,
			units: 104,
			segments: 2,
		},
		// 64 BMP characters (the 9 extension characters cost 1 in UCS-2) + 🔥 = 66.
		{ name: 'T12b', text: T12B, encoding: 'UCS2', characters: 65, units: 66, segments: 1 },
		// 63 characters, 9 of them from the extension table: 63 + 9 = 72 septets.
		{
			name: 'T12b without 🔥',
			text: T12B_PLAIN,
			encoding: 'GSM7',
			characters: 63,
			units: 72,
			segments: 1,
		},
		{
			name: 'case 4',
			text: 'New mail: Order "ABC-123" shipped',
			encoding: 'GSM7',
			characters: 33,
			units: 33,
			segments: 1,
		},
		// TAB is outside GSM-7: 8 + 2 + 21 + 2 + 1 + 9 = 43 characters.
		{ name: 'case 5', text: CASE_5, encoding: 'UCS2', characters: 43, units: 43, segments: 1 },
		{
			name: 'case 18',
			text: `Don't reply! Order "A&B"`,
			encoding: 'GSM7',
			characters: 24,
			units: 24,
			segments: 1,
		},
	])('counts $name', ({ text, encoding, characters, units, segments }) => {
		const analysis = analyzeEncoding(text);

		expect(analysis).toMatchObject({ encoding, characters, units, segments, overLimit: false });
	});

	it('splits T12a+ into 67 and 37 units and names 🔥 as the reason for UCS-2', () => {
		const analysis = analyzeEncoding(`${T12A} 🔥`);

		expect(analysis.parts).toEqual([T12A.slice(0, 67), `${T12A.slice(67)} 🔥`]);
		expect(analysis.parts.map((part) => part.length)).toEqual([67, 37]);
		expect(analysis.perSegment).toBe(67);
		expect(analysis.nonGsm).toEqual([{ char: '🔥', index: 102, codePoint: 'U+1F525' }]);
	});

	it('counts extension characters once in UCS-2 (the double count of case 12)', () => {
		const analysis = analyzeEncoding(T12B);

		expect(analysis.doubleSeptet).toEqual([]);
		expect(analysis.nonGsm).toEqual([{ char: '🔥', index: 59, codePoint: 'U+1F525' }]);
	});

	it('lists the nine extension characters of T12b without 🔥 with their indexes', () => {
		const analysis = analyzeEncoding(T12B_PLAIN);

		expect(analysis.doubleSeptet).toEqual([
			{ char: '[', index: 6 },
			{ char: ']', index: 9 },
			{ char: '{', index: 11 },
			{ char: '}', index: 17 },
			{ char: '|', index: 27 },
			{ char: '~', index: 34 },
			{ char: '|', index: 39 },
			{ char: '[', index: 48 },
			{ char: ']', index: 57 },
		]);
	});

	it('names the TAB of case 5 as the character that forces UCS-2', () => {
		expect(analyzeEncoding(CASE_5).nonGsm).toEqual([
			{ char: '\t', index: 33, codePoint: 'U+0009' },
		]);
	});

	it.each([
		{ name: '160 basic', text: 'a'.repeat(160), per: 160, sizes: [160] },
		{ name: '161 basic', text: 'a'.repeat(161), per: 153, sizes: [153, 8] },
		// 159 + € (2) = 161 septets: 153, then 6 a + € = 8.
		{ name: '159 basic + €', text: `${'a'.repeat(159)}€`, per: 153, sizes: [153, 8] },
		// The escape pair cannot start at septet 153: 152 | € + 151 = 153 | 1.
		{
			name: 'escape pair on the boundary',
			text: `${'a'.repeat(152)}€${'a'.repeat(152)}`,
			per: 153,
			sizes: [152, 153, 1],
		},
		{ name: '70 Cyrillic', text: 'ж'.repeat(70), per: 70, sizes: [70] },
		{ name: '71 Cyrillic', text: 'ж'.repeat(71), per: 67, sizes: [67, 4] },
		{ name: '35 emoji', text: '🔥'.repeat(35), per: 70, sizes: [70] },
		// 36 emoji = 72 units: 33 emoji fill 66 units, a 34th would need 68.
		{ name: '36 emoji', text: '🔥'.repeat(36), per: 67, sizes: [66, 6] },
		// The surrogate pair cannot start at unit 67: 66 | 🔥 + 65 = 67 | 1.
		{
			name: 'surrogate pair on the boundary',
			text: `${'x'.repeat(66)}🔥${'x'.repeat(66)}`,
			per: 67,
			sizes: [66, 67, 1],
		},
		// Split on units, not grapheme clusters: 60 + 6 | 5 + 60.
		{
			name: 'ZWJ family on the boundary',
			text: `${'x'.repeat(60)}${FAMILY}${'x'.repeat(60)}`,
			per: 67,
			sizes: [66, 65],
		},
	])('splits $name into parts of $sizes units', ({ text, per, sizes }) => {
		const analysis = analyzeEncoding(text);
		const unitsOf = (part: string) => analyzeEncoding(part, analysis.encoding).units;

		expect(analysis.parts.map(unitsOf)).toEqual(sizes);
		expect(analysis.perSegment).toBe(per);
		expect(analysis.parts.join('')).toBe(text);
	});

	it.each([
		{ length: 1530, segments: 10, overLimit: false },
		{ length: 1531, segments: 11, overLimit: true },
	])(
		'flags $length GSM-7 characters as over the limit: $overLimit',
		({ length, segments, overLimit }) => {
			expect(analyzeEncoding('b'.repeat(length))).toMatchObject({ segments, overLimit });
		},
	);

	it('flags UCS-2 text over 670 units as over the limit', () => {
		expect(analyzeEncoding('ж'.repeat(670))).toMatchObject({ segments: 10, overLimit: false });
		expect(analyzeEncoding('ж'.repeat(671))).toMatchObject({ segments: 11, overLimit: true });
	});

	it('counts a forced GSM7 text with a TAB in septets and lists the TAB as unsendable', () => {
		const analysis = analyzeEncoding(CASE_5, 'GSM7');

		expect(analysis).toMatchObject({ encoding: 'GSM7', units: 43, segments: 1, perSegment: 160 });
		expect(analysis.nonGsm).toEqual([{ char: '\t', index: 33, codePoint: 'U+0009' }]);
	});

	it('counts a forced UCS2 text in UTF-16 units with no double septets', () => {
		const analysis = analyzeEncoding(T12B_PLAIN, 'UCS2');

		expect(analysis).toMatchObject({ encoding: 'UCS2', units: 63, segments: 1, perSegment: 70 });
		expect(analysis.doubleSeptet).toEqual([]);
	});

	it.each([
		{ text: 'a\fb', encoding: 'GSM7', units: 4 },
		{ text: 'Ça va', encoding: 'GSM7', units: 5 },
		{ text: 'ça va', encoding: 'UCS2', units: 5 },
		{ text: 'Don’t', encoding: 'UCS2', units: 5 },
		{ text: 'a`b', encoding: 'UCS2', units: 3 },
		{ text: 'a\u00a0b', encoding: 'UCS2', units: 3 },
		{ text: '€5 {ok}', encoding: 'GSM7', units: 10 },
	])('encodes $text as $encoding in $units units', ({ text, encoding, units }) => {
		expect(analyzeEncoding(text)).toMatchObject({ encoding, units });
	});

	it('returns no parts for an empty text', () => {
		expect(analyzeEncoding('')).toEqual({
			encoding: 'GSM7',
			characters: 0,
			units: 0,
			segments: 0,
			perSegment: 160,
			parts: [],
			nonGsm: [],
			doubleSeptet: [],
			overLimit: false,
		});
	});

	it('matches ceil(units / 153) for plain GSM-7 text of any length', () => {
		const plain = fc.string({
			unit: fc.constantFrom('a', 'Z', '1', ' ', '@', '\n'),
			maxLength: 2000,
		});
		fc.assert(
			fc.property(plain, (text) => {
				const expected =
					text.length <= 160 ? Math.min(text.length, 1) : Math.ceil(text.length / 153);
				return analyzeEncoding(text).segments === expected;
			}),
		);
	});

	it('keeps every part within its size and never splits a pair', () => {
		const unit = fc.constantFrom('a', '€', ']', '🔥', 'ж', '\t', ' ');
		fc.assert(
			fc.property(fc.string({ unit, maxLength: 800 }), (text) => {
				const analysis = analyzeEncoding(text);
				const sizes = analysis.parts.map((part) => analyzeEncoding(part, analysis.encoding).units);
				const startsWithLowSurrogate = analysis.parts.some((part) => /^[\udc00-\udfff]/.test(part));
				return (
					analysis.parts.join('') === text &&
					sizes.every((size) => size > 0 && size <= analysis.perSegment) &&
					sizes.reduce((sum, size) => sum + size, 0) === analysis.units &&
					!startsWithLowSurrogate
				);
			}),
		);
	});
});
