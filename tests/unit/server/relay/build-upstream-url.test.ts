import { describe, expect, it } from 'vitest';

import { buildUpstreamUrl } from '~/server/relay/build-upstream-url';

describe('buildUpstreamUrl', () => {
	it.each([
		{ regionId: 'ap', url: 'https://sms.8x8.com/api/v1/subaccounts/acme_hq/messages' },
		{ regionId: 'us', url: 'https://sms.us.8x8.com/api/v1/subaccounts/acme_hq/messages' },
		{ regionId: 'eu', url: 'https://sms.8x8.uk/api/v1/subaccounts/acme_hq/messages' },
		{ regionId: 'id', url: 'https://sms.8x8.id/api/v1/subaccounts/acme_hq/messages' },
	] as const)('sends region $regionId to its 8x8 host', ({ regionId, url }) => {
		const route = { regionId, subAccountId: 'acme_hq', endpoint: 'messages' } as const;

		expect(buildUpstreamUrl(route).href).toBe(url);
	});

	it('sends every region to the test server when one is set, encoding & as %26', () => {
		const route = { regionId: 'eu', subAccountId: 'R&D_hq', endpoint: 'batch' } as const;

		expect(buildUpstreamUrl(route, 'http://127.0.0.1:4400').href).toBe(
			'http://127.0.0.1:4400/api/v1/subaccounts/R%26D_hq/messages/batch',
		);
	});
});
