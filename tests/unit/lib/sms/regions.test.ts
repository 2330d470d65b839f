import { describe, expect, it } from 'vitest';

import { DEFAULT_REGION_ID, findRegion, REGIONS } from '~/lib/sms/regions';

describe('REGIONS', () => {
	it('lists the four hosts of 8x8’s OpenAPI servers, Asia Pacific first', () => {
		expect(REGIONS.map(({ id, baseUrl }) => ({ id, baseUrl }))).toEqual([
			{ id: 'ap', baseUrl: 'https://sms.8x8.com' },
			{ id: 'us', baseUrl: 'https://sms.us.8x8.com' },
			{ id: 'eu', baseUrl: 'https://sms.8x8.uk' },
			{ id: 'id', baseUrl: 'https://sms.8x8.id' },
		]);
	});

	it('defaults to Asia Pacific', () => {
		expect(findRegion(DEFAULT_REGION_ID)?.baseUrl).toBe('https://sms.8x8.com');
	});
});

describe('findRegion', () => {
	it.each([
		{ id: 'ap', label: 'Asia Pacific' },
		{ id: 'us', label: 'North America' },
		{ id: 'eu', label: 'Europe' },
		{ id: 'id', label: 'Indonesia' },
	])('finds $label by $id', ({ id, label }) => {
		expect(findRegion(id)?.label).toBe(label);
	});

	it.each([{ id: 'AP' }, { id: ' ap' }, { id: '' }, { id: 'uk' }])(
		'returns undefined for "$id"',
		({ id }) => {
			expect(findRegion(id)).toBeUndefined();
		},
	);
});
