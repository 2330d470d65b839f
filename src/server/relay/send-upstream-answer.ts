// Node only: passes 8x8's answer back to the page.

import type { ServerResponse } from 'node:http';

import type { UpstreamResult } from './forward-to-upstream';
import { RELAY_HEADERS } from './relay-headers';

/**
 * Answers with 8x8's status and body bytes unchanged. Of 8x8's headers only `Content-Type` and
 * `Retry-After` (which the page reads after a 429) are passed on; cookies and the rest stay
 * behind. Adds the relay's own headers, such as `x-relay: 8x8-guide`.
 */
export function sendUpstreamAnswer(
	response: ServerResponse,
	answer: Extract<UpstreamResult, { ok: true }>,
): void {
	if (response.destroyed) {
		return;
	}
	const headers: Record<string, string> = {
		...RELAY_HEADERS,
		'content-length': String(answer.body.length),
	};
	if (answer.contentType !== undefined) {
		headers['content-type'] = answer.contentType;
	}
	if (answer.retryAfter !== undefined) {
		headers['retry-after'] = answer.retryAfter;
	}
	response.writeHead(answer.status, headers).end(answer.body);
}
