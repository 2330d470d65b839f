import { describe, expect, it } from 'vitest';

import { describeGsmSafe } from '~/components/request-builder/describe-gsm-safe';

describe('describeGsmSafe', () => {
	it('lists each swap once and gives the GSM-safe text', () => {
		expect(describeGsmSafe('“Order” shipped – see you…')).toEqual({
			text: '"Order" shipped - see you...',
			changes: ['“ → "', '” → "', '– → -', '… → ...'],
		});
	});

	it('names blank characters it swaps', () => {
		expect(describeGsmSafe('a\tb\u00a0c')?.changes).toEqual([
			'a tab (U+0009) → a space',
			'a non-breaking space (U+00A0) → a space',
		]);
	});

	it.each([
		{ name: 'a GSM-7 text', text: 'Order "ABC-123" shipped' },
		{ name: 'an emoji it cannot swap', text: 'Done 🔥' },
		{ name: 'an empty text', text: '' },
	])('returns undefined for $name', ({ text }) => {
		expect(describeGsmSafe(text)).toBeUndefined();
	});
});
