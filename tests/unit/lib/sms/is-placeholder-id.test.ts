import { describe, expect, it } from 'vitest';

import { isPlaceholderId } from '~/lib/sms/is-placeholder-id';

describe('isPlaceholderId', () => {
	it.each([
		{ raw: '{subAccountId}' },
		{ raw: '<yourSubAccountId>' },
		{ raw: '<your id>' },
		{ raw: 'your_subaccount' },
		{ raw: 'YOUR-SUB-ACCOUNT-ID' },
		{ raw: ':subAccountId' },
		{ raw: 'xxx' },
		{ raw: '___' },
		{ raw: 'changeme' },
	])('recognises $raw', ({ raw }) => {
		expect(isPlaceholderId(raw)).toBe(true);
	});

	it.each([
		{ raw: 'acme_hq' },
		{ raw: 'acme_subaccount' },
		{ raw: 'xxx_hq' },
		{ raw: 'riders_std' },
		{ raw: '' },
	])('leaves $raw alone', ({ raw }) => {
		expect(isPlaceholderId(raw)).toBe(false);
	});
});
