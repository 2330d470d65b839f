import { describe, expect, it } from 'vitest';

import { listCountries } from '~/lib/sms/list-countries';

describe('listCountries', () => {
	it('lists Singapore, the United Kingdom and Australia with their calling codes', () => {
		const countries = listCountries();

		expect(countries).toEqual(
			expect.arrayContaining([
				{ code: 'SG', name: 'Singapore', callingCode: '65' },
				{ code: 'GB', name: 'United Kingdom', callingCode: '44' },
				{ code: 'AU', name: 'Australia', callingCode: '61' },
				{ code: 'US', name: 'United States', callingCode: '1' },
			]),
		);
	});

	it('sorts by name in the given locale', () => {
		const names = listCountries('en').map((country) => country.name);

		expect(names).toEqual([...names].sort(new Intl.Collator('en').compare));
		expect(names[0]).toBe('Afghanistan');
	});

	it('names countries in another locale', () => {
		const germany = listCountries('de').find((country) => country.code === 'DE');

		expect(germany).toEqual({ code: 'DE', name: 'Deutschland', callingCode: '49' });
	});

	it('lists each country once', () => {
		const codes = listCountries().map((country) => country.code);

		expect(new Set(codes).size).toBe(codes.length);
		expect(codes.length).toBeGreaterThan(200);
	});
});
