import { describe, expect, it } from 'vitest';

import { findNumberDestinations } from '~/lib/paste/find-number-destinations';

describe('findNumberDestinations', () => {
	it('finds numbers in every destination place, as written', () => {
		const text =
			'{"destination": 6591234567, "messages": [{"destination": 6.5E9}], ' +
			'"destinations": ["+6591234567", 447700900123], "text": 42}';
		expect(findNumberDestinations(text)).toEqual([
			{ path: 'destination', keys: ['destination'], offset: 16, raw: '6591234567' },
			{
				path: 'messages[0].destination',
				keys: ['messages', 0, 'destination'],
				offset: 57,
				raw: '6.5E9',
			},
			{ path: 'destinations[1]', keys: ['destinations', 1], offset: 98, raw: '447700900123' },
		]);
	});

	it('ignores a destination field nested elsewhere', () => {
		expect(findNumberDestinations('{"template": {"destination": 6591234567}}')).toEqual([]);
	});

	it('returns nothing for broken JSON', () => {
		expect(findNumberDestinations('{"destination": 6591234567,')).toEqual([]);
	});
});
