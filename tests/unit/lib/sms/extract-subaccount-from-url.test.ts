import { describe, expect, it } from 'vitest';

import { extractSubaccountFromUrl } from '~/lib/sms/extract-subaccount-from-url';

describe('extractSubaccountFromUrl', () => {
	it.each([
		{ raw: 'https://sms.8x8.com/api/v1/subaccounts/acme_hq/messages', id: 'acme_hq' },
		{ raw: ' https://sms.us.8x8.com/api/v1/subaccounts/acme_hq/messages?x=1 ', id: 'acme_hq' },
		{ raw: 'sms.8x8.id/api/v1/subaccounts/acme_hq', id: 'acme_hq' },
		{ raw: 'https://api.wavecell.com/sms/v1/acme_hq/single', id: 'acme_hq' },
		{
			raw: 'https://sms.8x8.com/api/v1/subaccounts/%7BsubAccountId%7D/messages',
			id: '{subAccountId}',
		},
		{ raw: 'https://sms.8x8.com/api/v1/subaccounts/%E0%A4%A/messages', id: '%E0%A4%A' },
	])('finds $id in $raw', ({ raw, id }) => {
		expect(extractSubaccountFromUrl(raw)).toEqual({ isUrl: true, id });
	});

	it('reports a URL without a sub-account segment', () => {
		expect(extractSubaccountFromUrl('https://sms.8x8.com/')).toEqual({ isUrl: true });
	});

	it.each([{ raw: 'acme_hq' }, { raw: 'acme_hq//messages' }, { raw: '' }])(
		'treats $raw as no URL',
		({ raw }) => {
			expect(extractSubaccountFromUrl(raw)).toEqual({ isUrl: false });
		},
	);
});
