import { describe, expect, it } from 'vitest';

import { quotePlusNumbers } from '~/lib/paste/quote-plus-numbers';

describe('quotePlusNumbers', () => {
	it('puts the phone number of case 7 in quotes, keeping the +', () => {
		expect(quotePlusNumbers('{"destination": +6591234567, "text": "Hi"}')).toEqual({
			text: '{"destination": "+6591234567", "text": "Hi"}',
			description: 'Puts 1 phone number in quotes, keeping the +.',
		});
	});

	it('drops the + of a short number and quotes the phone numbers of a list', () => {
		const result = quotePlusNumbers('{"destinations": [+6591234567, +447700900123], "n": +5}');
		expect(result).toEqual({
			text: '{"destinations": ["+6591234567", "+447700900123"], "n": 5}',
			description:
				'Puts 2 phone numbers in quotes, keeping the +. Removes the + before 1 other number.',
		});
	});

	it('leaves a + inside a string alone', () => {
		expect(quotePlusNumbers('{"text": "call +6591234567", "a": 1}')).toBeUndefined();
	});
});
