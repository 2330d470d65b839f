// Node only: the 8x8 address a checked relay route goes to.

import type { RelayRoute } from '~/lib/relay/parse-relay-path';
import { findRegion } from '~/lib/sms/regions';

/**
 * Returns `{base}/api/v1/subaccounts/{id}/messages` (or `…/messages/batch`), where `base` is the
 * route's regional 8x8 host, or `upstreamBase` when a loopback test server stands in for all of
 * them. The ID is percent-encoded as one path segment (`&` becomes `%26`).
 */
export function buildUpstreamUrl(route: RelayRoute, upstreamBase?: string): URL {
	const base = upstreamBase ?? findRegion(route.regionId)?.baseUrl ?? 'https://sms.8x8.com';
	const suffix = route.endpoint === 'batch' ? '/batch' : '';
	const id = encodeURIComponent(route.subAccountId);
	return new URL(`/api/v1/subaccounts/${id}/messages${suffix}`, base);
}
