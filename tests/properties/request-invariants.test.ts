import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';

import { checkSmsRequest } from '~/lib/schema/check-sms-request';
import { analyzeEncoding } from '~/lib/sms/analyze-encoding';
import { buildSmsBody, serializeSmsBody } from '~/lib/sms/build-sms-body';
import { gsmSeptetCost } from '~/lib/sms/gsm-septet-cost';
import { normalizeDestination } from '~/lib/sms/normalize-destination';

import { countedRuns, formatRunCounts } from './run-counts';

const digits = (min: number, max: number) =>
	fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: min, maxLength: max });

// Matches 8x8's destination pattern: optional +, a first digit 1-9, then 6 to 14 digits.
const destination = fc
	.tuple(fc.boolean(), fc.constantFrom(...'123456789'), digits(6, 14))
	.map(([plus, first, rest]) => `${plus ? '+' : ''}${first}${rest}`);
const alphanumericSender = fc.string({
	unit: fc.constantFrom(...'ABCxyz0189 '),
	minLength: 1,
	maxLength: 11,
});
const numericSender = fc.tuple(fc.boolean(), digits(1, 15)).map(([p, d]) => `${p ? '+' : ''}${d}`);
const text = fc
	.string({ unit: 'grapheme', minLength: 1, maxLength: 400 })
	.filter((value) => value.trim() !== '');
const anyText = fc.oneof(
	fc.string({ unit: 'grapheme', maxLength: 2_000 }),
	fc.string({ unit: fc.constantFrom(...'a[]{}€|~^\\🔥é\n'), maxLength: 2_000 }),
);

afterAll(() => {
	console.log(formatRunCounts());
});

describe('built request bodies', () => {
	it('parse back and pass 8x8 schema', () => {
		fc.assert(
			fc.property(
				destination,
				text,
				fc.option(fc.oneof(alphanumericSender, numericSender), { nil: undefined }),
				(to, message, source) => {
					const json = serializeSmsBody(buildSmsBody({ destination: to, text: message, source }));
					const parsed: unknown = JSON.parse(json);
					expect(checkSmsRequest(parsed).ok).toBe(true);
					expect((parsed as { text: string }).text).toBe(message);
				},
			),
			{ numRuns: countedRuns('built body passes the schema', 15_000) },
		);
	});
});

describe('normalizeDestination', () => {
	it('leaves its own output unchanged', () => {
		fc.assert(
			fc.property(destination, fc.constantFrom(undefined, 'SG', 'GB', 'US', 'AU'), (to, c) => {
				const first = normalizeDestination(to, c);
				if (first.ok) {
					const second = normalizeDestination(first.value.e164, c);
					expect(second.ok && second.value.e164).toBe(first.value.e164);
				}
			}),
			{ numRuns: countedRuns('normalising twice changes nothing', 15_000) },
		);
	});
});

describe('analyzeEncoding', () => {
	it('splits into parts within their limits that add up to the text', () => {
		fc.assert(
			fc.property(anyText, fc.constantFrom('AUTO', 'GSM7', 'UCS2' as const), (message, enc) => {
				const result = analyzeEncoding(message, enc);
				expect(result.parts.join('')).toBe(message);
				expect(result.segments).toBe(result.parts.length);
				for (const part of result.parts) {
					expect(unitsOf(part, result.encoding)).toBeLessThanOrEqual(result.perSegment);
				}
			}),
			{ numRuns: countedRuns('segment parts fit and add up', 15_000) },
		);
	});
});

// Counted independently of the code under test: septets from the GSM table, or UTF-16 units.
function unitsOf(part: string, encoding: 'GSM7' | 'UCS2'): number {
	if (encoding === 'UCS2') {
		return part.length;
	}
	return [...part].reduce((sum, char) => sum + (gsmSeptetCost(char) ?? 1), 0);
}
