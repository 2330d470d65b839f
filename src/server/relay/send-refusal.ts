// Node only: writes one of the relay's own refusals.

import type { ServerResponse } from 'node:http';

import { RELAY_REFUSALS, relayErrorBody, type RelayRefusalCode } from '~/lib/relay/relay-refusals';

import { RELAY_HEADERS } from './relay-headers';

/**
 * Answers with the refusal `code`: its status and a JSON `{ relayError, title, detail, fix }`
 * body. The connection is closed afterwards, so an unread request body is never parsed as a
 * next request. Does nothing if the client has already gone.
 */
export function sendRefusal(
	response: ServerResponse,
	code: RelayRefusalCode,
	headers: Record<string, string> = {},
): void {
	if (response.headersSent || response.destroyed) {
		return;
	}
	const text = JSON.stringify(relayErrorBody(code));
	response.writeHead(RELAY_REFUSALS[code].status, {
		...RELAY_HEADERS,
		...headers,
		'content-type': 'application/json; charset=utf-8',
		'content-length': String(Buffer.byteLength(text)),
		connection: 'close',
	});
	response.end(text);
}
