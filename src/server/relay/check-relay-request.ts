// Node only: the relay's checks that need nothing but the request line and headers.

import type { IncomingMessage } from 'node:http';

import type { CheckResult } from '~/lib/issue';
import { checkRequestOrigin } from '~/lib/relay/check-request-origin';
import { parseRelayPath, type RelayRoute } from '~/lib/relay/parse-relay-path';
import { pickForwardHeaders, type ForwardHeaders } from '~/lib/relay/pick-forward-headers';
import { refusalIssue } from '~/lib/relay/relay-refusals';

import { headerValues, rawHeaderPairs } from '../header-values';

/** A request the relay may forward: where to, and the headers to send. */
export interface RelayPlan {
	route: RelayRoute;
	headers: ForwardHeaders;
}

/**
 * Returns where the request goes and what headers go with it, or the first refusal, checking in
 * this order: method (POST only), same origin (`Origin`, `Sec-Fetch-Site`), path, headers. The
 * issue's code is a relay refusal code. Never throws.
 * @param target the request target after the site's base path.
 * @param host the request's `Host`, already checked against the server's addresses.
 */
export function checkRelayRequest(
	request: IncomingMessage,
	target: string,
	host: string,
): CheckResult<RelayPlan> {
	if (request.method !== 'POST') {
		return { ok: false, issues: [refusalIssue('METHOD_NOT_ALLOWED', 'method')] };
	}
	const origin = checkRequestOrigin({
		origins: headerValues(request, 'origin'),
		secFetchSite: headerValues(request, 'sec-fetch-site')[0],
		host,
	});
	if (!origin.ok) {
		return origin;
	}

	const route = parseRelayPath(target);
	if (!route.ok) {
		return route;
	}
	const headers = pickForwardHeaders(rawHeaderPairs(request));
	if (!headers.ok) {
		return headers;
	}
	return { ok: true, value: { route: route.value, headers: headers.value }, issues: [] };
}
