// Pure and DOM-free: the server's defence against DNS rebinding.

import type { CheckResult } from '~/lib/issue';

import { refusalIssue } from './relay-refusals';

/**
 * Returns the request's `Host` (lower case) when it was sent exactly once and names this
 * server: one of `allowedHosts`, compared without regard to letter case. A page on another
 * domain that resolves to 127.0.0.1 (DNS rebinding) sends its own name and is refused with
 * `HOST_NOT_ALLOWED`. Never throws.
 * @param hostValues every `Host` header value received, in order.
 * @param allowedHosts `host:port` authorities this server answers to, e.g. `127.0.0.1:4321`.
 */
export function checkRequestHost(
	hostValues: readonly string[],
	allowedHosts: readonly string[],
): CheckResult<string> {
	const host = hostValues.length === 1 ? hostValues[0]?.toLowerCase() : undefined;
	const allowed = allowedHosts.map((value) => value.toLowerCase());
	if (host === undefined || !allowed.includes(host)) {
		return { ok: false, issues: [refusalIssue('HOST_NOT_ALLOWED', 'host')] };
	}
	return { ok: true, value: host, issues: [] };
}
