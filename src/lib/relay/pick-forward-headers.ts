// Pure and DOM-free: which request headers the relay passes on to 8x8.

import type { CheckResult } from '~/lib/issue';

import { refusalIssue } from './relay-refusals';

/** The only headers the relay forwards, with lower-case names. */
export interface ForwardHeaders {
	'content-type': string;
	/** Absent when the page sent none: 8x8 then answers 401 itself. */
	authorization?: string;
}

// Printable ASCII and spaces only: no control characters, nothing a header line could split on.
const SAFE_VALUE = /^[\x20-\x7e]{1,4096}$/;

/**
 * Returns the two headers the relay forwards, taken from the raw header list (`[name, value]`
 * pairs as received): `Content-Type`, sent once, whose media type is `application/json`
 * (parameters such as `charset=utf-8` are fine), and `Authorization`, at most once, in printable
 * ASCII under 4,097 characters. Every other header (Cookie, Host, X-Forwarded-For, ...) is
 * dropped. Refuses with `CONTENT_TYPE_NOT_JSON` or `HEADER_INVALID`. Never throws.
 */
export function pickForwardHeaders(
	rawHeaders: readonly (readonly [string, string])[],
): CheckResult<ForwardHeaders> {
	const valuesOf = (name: string) =>
		rawHeaders.filter(([key]) => key.toLowerCase() === name).map(([, value]) => value);
	const contentTypes = valuesOf('content-type');
	const authorizations = valuesOf('authorization');

	const [contentType] = contentTypes;
	if (contentTypes.length !== 1 || contentType === undefined || !isJson(contentType)) {
		return { ok: false, issues: [refusalIssue('CONTENT_TYPE_NOT_JSON', 'content-type')] };
	}
	const [authorization] = authorizations;
	if (
		authorizations.length > 1 ||
		(authorization !== undefined && !SAFE_VALUE.test(authorization))
	) {
		return { ok: false, issues: [refusalIssue('HEADER_INVALID', 'authorization')] };
	}

	const headers: ForwardHeaders = { 'content-type': contentType };
	if (authorization !== undefined) {
		headers.authorization = authorization;
	}
	return { ok: true, value: headers, issues: [] };
}

function isJson(contentType: string): boolean {
	const mediaType = contentType.split(';')[0]?.trim().toLowerCase();
	return SAFE_VALUE.test(contentType) && mediaType === 'application/json';
}
