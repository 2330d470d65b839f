import { describe, expect, it } from 'vitest';

import { toRelayRequest } from '~/lib/client/to-relay-request';

const HEADERS = { Authorization: 'Bearer AbCdEf123GhIjKl456MnOpQr789' };
const PATH = '/api/v1/subaccounts/acme_hq/messages';

function request(url: string) {
	return { url, headers: HEADERS, body: '{"text":"Hi"}' };
}

describe('toRelayRequest', () => {
	it.each([
		{ host: 'https://sms.8x8.com', region: 'ap' },
		{ host: 'https://sms.us.8x8.com', region: 'us' },
		{ host: 'https://sms.8x8.uk', region: 'eu' },
		{ host: 'https://sms.8x8.id', region: 'id' },
	])('maps $host to the relay path of region $region', ({ host, region }) => {
		expect(toRelayRequest(request(host + PATH), '/')).toEqual({
			...request(`/relay/sms/${region}${PATH}`),
		});
	});

	it('keeps the base path and an encoded subaccount as they are', () => {
		const url = 'https://sms.8x8.com/api/v1/subaccounts/a%26b/messages/batch';
		expect(toRelayRequest(request(url), '/docs')?.url).toBe(
			'/docs/relay/sms/ap/api/v1/subaccounts/a%26b/messages/batch',
		);
	});

	it.each([
		{ name: 'another host', url: `https://example.com${PATH}` },
		{ name: 'a look-alike host', url: `https://sms.8x8.com.example.com${PATH}` },
		{ name: 'a path outside the API', url: 'https://sms.8x8.com/other' },
	])('returns undefined for $name', ({ url }) => {
		expect(toRelayRequest(request(url), '/')).toBeUndefined();
	});
});
