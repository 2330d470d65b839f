// Pure and DOM-free: the relay's start-up check of SMS_API_BASE_URL.

import type { CheckResult } from '~/lib/issue';

const LOOPBACK_V4 = /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/;

/**
 * Returns the origin of a test server the relay may send to in place of 8x8 (for example
 * `http://127.0.0.1:4400`): plain HTTP to a loopback IP address (127.x.x.x or [::1]) with a port,
 * and nothing else: no user name or password, no path, query or fragment. Any other value fails
 * with one `UPSTREAM_BASE_INVALID` issue naming the value, so a typo can never send a real key to
 * an unknown host. Host names, even `localhost`, are refused: what they resolve to can change.
 */
export function checkUpstreamBase(value: string): CheckResult<string> {
	const url = parseUrl(value.trim());
	const loopback =
		url !== undefined && (LOOPBACK_V4.test(url.hostname) || url.hostname === '[::1]');
	const bare =
		url !== undefined &&
		url.username === '' &&
		url.password === '' &&
		url.pathname === '/' &&
		url.search === '' &&
		url.hash === '' &&
		!value.trim().endsWith('?') &&
		!value.trim().endsWith('#');
	if (url?.protocol === 'http:' && loopback && bare && url.port !== '') {
		return { ok: true, value: url.origin, issues: [] };
	}

	const issue = {
		code: 'UPSTREAM_BASE_INVALID',
		severity: 'error' as const,
		path: 'SMS_API_BASE_URL',
		title: `SMS_API_BASE_URL "${value}" is not a loopback test server.`,
		detail:
			'It may only point the relay at a fake 8x8 on this machine: http, the IP address ' +
			'127.0.0.1 or [::1], a port, and no path. Without it, the relay only reaches 8x8.',
		fix: 'Use the address `npm run fake-8x8` prints, such as http://127.0.0.1:4400, or unset it.',
	};
	return { ok: false, issues: [issue] };
}

function parseUrl(value: string): URL | undefined {
	try {
		return new URL(value);
	} catch {
		return undefined;
	}
}
