// Node only: the fake 8x8's inspection route, which lets a test read what the fake received.

import type { IncomingMessage, ServerResponse } from 'node:http';

import type { RecordedRequest } from './answer-fake-request';

/** The path of the inspection route; 8x8 has no such path, so it never hides a real one. */
export const INSPECTION_PATH = '/__fake/requests';

/**
 * Answers the inspection route and returns true, or returns false for any other path. `GET`
 * answers the recorded requests as a JSON array (oldest first), `DELETE` empties them with a
 * 204, and other methods get a 405. Inspection requests are never recorded themselves.
 */
export function answerInspection(
	request: IncomingMessage,
	response: ServerResponse,
	requests: RecordedRequest[],
): boolean {
	const path = (request.url ?? '').split('?')[0];
	if (path !== INSPECTION_PATH) {
		return false;
	}

	if (request.method === 'GET') {
		const text = JSON.stringify(requests);
		response.writeHead(200, {
			'content-type': 'application/json',
			'content-length': String(Buffer.byteLength(text)),
			'cache-control': 'no-store',
		});
		response.end(text);
	} else if (request.method === 'DELETE') {
		requests.length = 0;
		response.writeHead(204).end();
	} else {
		response.writeHead(405, { allow: 'GET, DELETE', 'content-length': '0' }).end();
	}
	return true;
}
