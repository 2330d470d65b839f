// Ships to the browser: points a built 8x8 request at the local relay instead of 8x8.

import { REGIONS } from '~/lib/sms/regions';

import type { SmsHttpRequest } from './send-sms';

/**
 * Returns `request` with its URL moved onto the relay: a URL on one of 8x8's regional hosts,
 * `https://sms.8x8.com/api/v1/…`, becomes `{base}relay/sms/ap/api/v1/…` with the path kept
 * byte for byte. Headers and body are unchanged. Returns undefined for a URL on any other host,
 * which the relay would not reach anyway.
 * @example toRelayRequest(request, '/') // url: '/relay/sms/ap/api/v1/subaccounts/acme_hq/messages'
 */
export function toRelayRequest(request: SmsHttpRequest, base: string): SmsHttpRequest | undefined {
	const root = base.endsWith('/') ? base : `${base}/`;
	for (const region of REGIONS) {
		const prefix = `${region.baseUrl}/api/v1/`;
		if (request.url.startsWith(prefix)) {
			const rest = request.url.slice(region.baseUrl.length);
			return { ...request, url: `${root}relay/sms/${region.id}${rest}` };
		}
	}
	return undefined;
}
