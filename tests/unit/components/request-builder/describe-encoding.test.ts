import { describe, expect, it } from 'vitest';

import { describeEncoding } from '~/components/request-builder/describe-encoding';
import { analyzeEncoding, type RequestedEncoding } from '~/lib/sms/analyze-encoding';

const describeText = (text: string, requested: RequestedEncoding = 'AUTO') =>
	describeEncoding(analyzeEncoding(text, requested), requested);

describe('describeEncoding', () => {
	it('describes a plain GSM-7 text without a reason', () => {
		expect(describeText('Hello')).toEqual({
			encoding: 'GSM-7',
			segments: '1 (5 septets, 160 fit in one)',
			characters: '5',
			reason: '',
			doubleSeptet: '',
		});
	});

	it('lists the GSM-7 characters that cost two septets', () => {
		expect(describeText('[P1] {db} €5').doubleSeptet).toMatchInlineSnapshot(
			`"Two septets each in GSM-7: “[” (U+005B), “]” (U+005D), “{” (U+007B), “}” (U+007D), “€” (U+20AC)."`,
		);
	});

	it('names the characters that make AUTO pick UCS-2', () => {
		expect(describeText('Hi 🔥').reason).toMatchInlineSnapshot(
			`"UCS-2 because these are not in the GSM-7 alphabet: “🔥” (U+1F525)."`,
		);
	});

	it('says a requested encoding is the reason, and what GSM-7 cannot carry', () => {
		expect(describeText('Hello', 'UCS2').reason).toMatchInlineSnapshot(
			`"UCS-2 because the request asks for it."`,
		);
		expect(describeText('Hi 🔥', 'GSM7').reason).toMatchInlineSnapshot(
			`"GSM-7 because the request asks for it. Not in the GSM-7 alphabet, so the network replaces them: “🔥” (U+1F525)."`,
		);
	});

	it('counts a forced UCS-2 text in UTF-16 units of 70', () => {
		expect(describeText('Hello', 'UCS2')).toMatchObject({
			encoding: 'UCS-2 (Unicode)',
			segments: '1 (5 UTF-16 units, 70 fit in one)',
		});
	});
});
