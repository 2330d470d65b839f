import { describe, expect, it } from 'vitest';

import { parseRelayPath } from '~/lib/relay/parse-relay-path';

const PREFIX = '/relay/sms/ap/api/v1/subaccounts';

function codeOf(target: string): string | undefined {
	const result = parseRelayPath(target);
	return result.ok ? undefined : result.issues[0]?.code;
}

describe('parseRelayPath', () => {
	it.each([
		{ target: `${PREFIX}/acme_hq/messages`, regionId: 'ap', endpoint: 'messages' },
		{
			target: '/relay/sms/us/api/v1/subaccounts/acme_hq/messages',
			regionId: 'us',
			endpoint: 'messages',
		},
		{
			target: '/relay/sms/eu/api/v1/subaccounts/acme_hq/messages/batch',
			regionId: 'eu',
			endpoint: 'batch',
		},
		{
			target: '/relay/sms/id/api/v1/subaccounts/acme_hq/messages',
			regionId: 'id',
			endpoint: 'messages',
		},
	])('routes $target to region $regionId', ({ target, regionId, endpoint }) => {
		expect(parseRelayPath(target)).toEqual({
			ok: true,
			value: { regionId, subAccountId: 'acme_hq', endpoint },
			issues: [],
		});
	});

	it('decodes %26 into & in the subaccount ID', () => {
		const result = parseRelayPath(`${PREFIX}/R%26D-team.01/messages`);

		expect(result.ok && result.value.subAccountId).toBe('R&D-team.01');
	});

	it.each([
		{ name: 'a query', target: `${PREFIX}/acme_hq/messages?to=evil` },
		{ name: 'a fragment', target: `${PREFIX}/acme_hq/messages#x` },
		{ name: 'an encoded slash', target: `${PREFIX}/acme%2fhq/messages` },
		{ name: 'encoded dots', target: `${PREFIX}/%2e%2e/messages` },
		{ name: 'double encoding', target: `${PREFIX}/%252e%252e/messages` },
	])('refuses $name with PATH_ENCODING', ({ target }) => {
		expect(codeOf(target)).toBe('PATH_ENCODING');
	});

	it.each([
		{ name: 'dot segments', target: `${PREFIX}/../../admin/messages` },
		{ name: 'an extra segment', target: `${PREFIX}/acme_hq/messages/123` },
		{ name: 'a trailing slash', target: `${PREFIX}/acme_hq/messages/` },
		{ name: 'a doubled slash', target: `/relay/sms/ap//api/v1/subaccounts/acme_hq/messages` },
		{ name: 'another API', target: '/relay/sms/ap/api/v1/subaccounts/acme_hq/webhooks' },
		{ name: 'the bare prefix', target: '/relay' },
	])('refuses $name with ROUTE_NOT_FOUND', ({ target }) => {
		expect(codeOf(target)).toBe('ROUTE_NOT_FOUND');
	});

	it.each([
		{ region: 'AP' },
		{ region: 'evil.example' },
		{ region: '127.0.0.1' },
		{ region: 'sms.8x8.com' },
	])('refuses region $region with REGION_UNKNOWN', ({ region }) => {
		expect(codeOf(`/relay/sms/${region}/api/v1/subaccounts/acme_hq/messages`)).toBe(
			'REGION_UNKNOWN',
		);
	});

	it.each([
		{ name: 'two characters', id: 'ab' },
		{ name: '51 characters', id: 'a'.repeat(51) },
		{ name: 'a dollar sign', id: 'acme$hq' },
		{ name: 'an at sign', id: 'user@host' },
	])('refuses a subaccount ID with $name', ({ id }) => {
		expect(codeOf(`${PREFIX}/${id}/messages`)).toBe('SUBACCOUNT_INVALID');
	});
});
