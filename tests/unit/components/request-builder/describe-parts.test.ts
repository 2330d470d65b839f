import { describe, expect, it } from 'vitest';

import { describeParts } from '~/components/request-builder/describe-parts';
import { analyzeEncoding } from '~/lib/sms/analyze-encoding';

describe('describeParts', () => {
	it('splits a 161-septet text into 153 and 8', () => {
		const { parts, cap } = describeParts(analyzeEncoding('a'.repeat(161)));

		expect(parts.map((part) => part.label)).toEqual(['Part 1 (153 septets)', 'Part 2 (8 septets)']);
		expect(parts.map((part) => part.text).join('')).toBe('a'.repeat(161));
		expect(cap).toBe('');
	});

	it('counts extension characters as two septets and UCS-2 in UTF-16 units', () => {
		expect(describeParts(analyzeEncoding('[x]')).parts[0]?.label).toBe('Part 1 (5 septets)');
		expect(describeParts(analyzeEncoding('🔥')).parts[0]?.label).toBe('Part 1 (2 UTF-16 units)');
		expect(describeParts(analyzeEncoding('a', 'UCS2')).parts[0]?.label).toBe(
			'Part 1 (1 UTF-16 unit)',
		);
	});

	it('counts a character GSM-7 lacks as one septet when GSM-7 is forced', () => {
		expect(describeParts(analyzeEncoding('a🔥', 'GSM7')).parts[0]?.label).toBe(
			'Part 1 (2 septets)',
		);
	});

	it('marks the parts past the tenth and warns about the cap', () => {
		const { parts, cap } = describeParts(analyzeEncoding('a'.repeat(153 * 11 + 1)));

		expect(parts.map((part) => part.cut)).toEqual([
			...Array.from({ length: 10 }, () => false),
			true,
			true,
		]);
		expect(parts[11]?.label).toBe('Part 12 (1 septet, cut off)');
		expect(cap).toMatchInlineSnapshot(
			`"8x8 sends at most 10 parts, so parts 11 to 12 never arrive. Shorten the text."`,
		);
	});

	it('lists no parts for an empty text', () => {
		expect(describeParts(analyzeEncoding(''))).toEqual({ parts: [], cap: '' });
	});
});
