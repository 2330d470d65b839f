// Pure and DOM-free: the relay checks request targets with it; a page may reuse it.

import type { CheckResult } from '~/lib/issue';
import { SUBACCOUNT_ID_PATTERN } from '~/lib/schema/sms-field-rules';
import { findRegion, type RegionId } from '~/lib/sms/regions';

import { refusalIssue, type RelayRefusalCode } from './relay-refusals';

/** Where a relay request goes: region, subaccount and endpoint of 8x8's SMS API. */
export interface RelayRoute {
	regionId: RegionId;
	/** The decoded subaccount ID; it matches 8x8's pattern. */
	subAccountId: string;
	endpoint: 'messages' | 'batch';
}

const ROUTE = /^\/relay\/sms\/([^/]*)\/api\/v1\/subaccounts\/([^/]*)\/messages(\/batch)?$/;
// 8x8's OpenAPI pattern for the path parameter; it rules out `.` and `..` by length.
const SUBACCOUNT_ID = SUBACCOUNT_ID_PATTERN;
// `&` is the one character of the pattern that encodeURIComponent escapes.
const ONLY_ESCAPE = /%26/gi;

/**
 * Reads the request target (as sent, not decoded) of a relay request and returns its route:
 * `/relay/sms/{regionId}/api/v1/subaccounts/{subAccountId}/messages`, optionally ending in
 * `/batch`. Refuses, with one issue whose code is a {@link RelayRefusalCode}, any query or
 * fragment, any percent-escape but `%26`, any other path (so no dot segments or extra slashes),
 * a region id other than ap, us, eu or id, and an ID outside 8x8's pattern. Never throws.
 */
export function parseRelayPath(target: string): CheckResult<RelayRoute> {
	if (/[?#]/.test(target) || /%(?!26)/i.test(target)) {
		return refuse('PATH_ENCODING');
	}
	const match = ROUTE.exec(target);
	if (!match) {
		return refuse('ROUTE_NOT_FOUND');
	}

	const region = findRegion(match[1] ?? '');
	if (!region) {
		return refuse('REGION_UNKNOWN');
	}
	const subAccountId = (match[2] ?? '').replace(ONLY_ESCAPE, '&');
	if (!SUBACCOUNT_ID.test(subAccountId)) {
		return refuse('SUBACCOUNT_INVALID');
	}

	const endpoint = match[3] ? 'batch' : 'messages';
	return { ok: true, value: { regionId: region.id, subAccountId, endpoint }, issues: [] };
}

function refuse(code: RelayRefusalCode): CheckResult<RelayRoute> {
	return { ok: false, issues: [refusalIssue(code, 'url')] };
}
