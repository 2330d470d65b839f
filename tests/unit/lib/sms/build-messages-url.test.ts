import { describe, expect, it } from 'vitest';

import { buildMessagesUrl } from '~/lib/sms/build-messages-url';
import type { RegionId } from '~/lib/sms/regions';

describe('buildMessagesUrl', () => {
	it.each([
		{ regionId: 'ap', url: 'https://sms.8x8.com/api/v1/subaccounts/acme_hq/messages' },
		{ regionId: 'us', url: 'https://sms.us.8x8.com/api/v1/subaccounts/acme_hq/messages' },
		{ regionId: 'eu', url: 'https://sms.8x8.uk/api/v1/subaccounts/acme_hq/messages' },
		{ regionId: 'id', url: 'https://sms.8x8.id/api/v1/subaccounts/acme_hq/messages' },
	] satisfies { regionId: RegionId; url: string }[])(
		'builds the $regionId endpoint',
		({ regionId, url }) => {
			expect(buildMessagesUrl({ regionId, subAccountId: 'acme_hq' })).toBe(url);
		},
	);

	it.each([
		{ subAccountId: 'r&d', segment: 'r%26d' },
		{ subAccountId: 'SubAccount-1', segment: 'SubAccount-1' },
		{ subAccountId: 'a.b_c', segment: 'a.b_c' },
	])('encodes $subAccountId as one path segment', ({ subAccountId, segment }) => {
		const url = new URL(buildMessagesUrl({ regionId: 'ap', subAccountId }));

		expect(url.pathname).toBe(`/api/v1/subaccounts/${segment}/messages`);
		expect(decodeURIComponent(url.pathname.split('/')[4] ?? '')).toBe(subAccountId);
	});

	it('throws for a region id outside the four regions', () => {
		expect(() => buildMessagesUrl({ regionId: 'uk' as RegionId, subAccountId: 'acme_hq' })).toThrow(
			'Unknown 8x8 region id: uk',
		);
	});
});
