// Node only: headers as they arrived, without Node's folding of duplicates.

import type { IncomingMessage } from 'node:http';

/**
 * Returns the request headers with lower-case names, keeping every repeat: values of a name
 * that came more than once are joined with ", ". Unlike `request.headers`, which keeps only the
 * first `Host` or `Authorization`, this shows exactly what was sent.
 */
export function readRawHeaders(request: IncomingMessage): Record<string, string> {
	const headers: Record<string, string> = {};
	const raw = request.rawHeaders;
	for (let index = 0; index + 1 < raw.length; index += 2) {
		const name = (raw[index] ?? '').toLowerCase();
		const value = raw[index + 1] ?? '';
		const earlier = headers[name];
		headers[name] = earlier === undefined ? value : `${earlier}, ${value}`;
	}
	return headers;
}
