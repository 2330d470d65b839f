import { describe, expect, it } from 'vitest';

import { checkRequestOrigin } from '~/lib/relay/check-request-origin';

const HOST = '127.0.0.1:4400';

describe('checkRequestOrigin', () => {
	it.each([
		{ name: 'without Sec-Fetch-Site', secFetchSite: undefined },
		{ name: 'with Sec-Fetch-Site same-origin', secFetchSite: 'same-origin' },
	])('accepts the server own origin $name', ({ secFetchSite }) => {
		const result = checkRequestOrigin({
			origins: ['http://127.0.0.1:4400'],
			secFetchSite,
			host: HOST,
		});

		expect(result).toEqual({ ok: true, value: 'http://127.0.0.1:4400', issues: [] });
	});

	it('refuses a request without Origin with ORIGIN_MISSING', () => {
		const result = checkRequestOrigin({ origins: [], secFetchSite: undefined, host: HOST });

		expect(result.issues.map((issue) => issue.code)).toEqual(['ORIGIN_MISSING']);
	});

	it.each([
		{ name: 'another site', origins: ['http://evil.example'], site: undefined },
		{ name: 'https on the same host', origins: ['https://127.0.0.1:4400'], site: undefined },
		{ name: 'another port', origins: ['http://127.0.0.1:4401'], site: undefined },
		{ name: 'the null origin', origins: ['null'], site: undefined },
		{
			name: 'two origins',
			origins: ['http://127.0.0.1:4400', 'http://evil.example'],
			site: undefined,
		},
		{ name: 'a cross-site fetch', origins: ['http://127.0.0.1:4400'], site: 'cross-site' },
		{ name: 'a same-site fetch', origins: ['http://127.0.0.1:4400'], site: 'same-site' },
	])('refuses $name with ORIGIN_NOT_ALLOWED', ({ origins, site }) => {
		const result = checkRequestOrigin({ origins, secFetchSite: site, host: HOST });

		expect(result.issues.map((issue) => issue.code)).toEqual(['ORIGIN_NOT_ALLOWED']);
	});
});
