// Pure and DOM-free: the relay's same-origin rule.

import type { CheckResult } from '~/lib/issue';

import { refusalIssue } from './relay-refusals';

/** The request headers the same-origin rule reads; undefined when not sent. */
export interface OriginFacts {
	/** Every `Origin` value received. */
	origins: readonly string[];
	/** The `Sec-Fetch-Site` value, which browsers add and pages cannot forge. */
	secFetchSite: string | undefined;
	/** The checked `Host` of this request, e.g. `127.0.0.1:4321`. */
	host: string;
}

/**
 * Returns this server's origin (`http://{host}`) when the request comes from one of its own
 * pages: exactly one `Origin`, equal to that origin, and `Sec-Fetch-Site: same-origin` when the
 * browser sent that header. Refuses with `ORIGIN_MISSING` when there is no `Origin` (a browser
 * always sends one with a POST from a page) and `ORIGIN_NOT_ALLOWED` otherwise. Never throws.
 */
export function checkRequestOrigin(facts: OriginFacts): CheckResult<string> {
	const own = `http://${facts.host.toLowerCase()}`;
	if (facts.origins.length === 0) {
		return { ok: false, issues: [refusalIssue('ORIGIN_MISSING', 'origin')] };
	}

	const [origin] = facts.origins;
	const sameSite = facts.secFetchSite === undefined || facts.secFetchSite === 'same-origin';
	if (facts.origins.length > 1 || origin?.toLowerCase() !== own || !sameSite) {
		return { ok: false, issues: [refusalIssue('ORIGIN_NOT_ALLOWED', 'origin')] };
	}
	return { ok: true, value: own, issues: [] };
}
