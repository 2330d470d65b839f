// Node only: the answer to a request Node's HTTP parser refused (bad framing, huge headers).

import type { Socket } from 'node:net';

import { RELAY_REFUSALS, relayErrorBody } from '~/lib/relay/relay-refusals';

import { RELAY_HEADERS } from './relay/relay-headers';

const STATUS_TEXT: Readonly<Record<number, string>> = {
	400: 'Bad Request',
	408: 'Request Timeout',
	431: 'Request Header Fields Too Large',
};

/**
 * Handles the server's `clientError` event: answers the relay's `MALFORMED_REQUEST` refusal
 * (status 400; 431 for oversized headers, 408 for a request that took too long), then closes the
 * connection. Requests with both `Content-Length` and `Transfer-Encoding`, two `Content-Length`
 * headers or a bare CR or LF in a header end here, before any handler sees them.
 */
export function answerClientError(error: Error & { code?: string }, socket: Socket): void {
	if (!socket.writable || error.code === 'ECONNRESET') {
		socket.destroy();
		return;
	}
	const status =
		error.code === 'HPE_HEADER_OVERFLOW'
			? 431
			: error.code === 'ERR_HTTP_REQUEST_TIMEOUT'
				? 408
				: RELAY_REFUSALS.MALFORMED_REQUEST.status;
	const body = JSON.stringify(relayErrorBody('MALFORMED_REQUEST'));
	const headers = {
		...RELAY_HEADERS,
		'content-type': 'application/json; charset=utf-8',
		'content-length': String(Buffer.byteLength(body)),
		connection: 'close',
	};
	const lines = Object.entries(headers).map(([name, value]) => `${name}: ${value}`);
	socket.end(
		`HTTP/1.1 ${status} ${STATUS_TEXT[status] ?? ''}\r\n${lines.join('\r\n')}\r\n\r\n${body}`,
	);
}
