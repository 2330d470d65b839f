// Node only: header lists as received, for checks that must see repeats.

import type { IncomingMessage } from 'node:http';

/** Returns every value sent for header `name` (any letter case), in order; [] when absent. */
export function headerValues(request: IncomingMessage, name: string): string[] {
	return rawHeaderPairs(request)
		.filter(([key]) => key.toLowerCase() === name)
		.map(([, value]) => value);
}

/** Returns the request headers as `[name, value]` pairs, exactly as received. */
export function rawHeaderPairs(request: IncomingMessage): [string, string][] {
	const pairs: [string, string][] = [];
	for (let index = 0; index + 1 < request.rawHeaders.length; index += 2) {
		pairs.push([request.rawHeaders[index] ?? '', request.rawHeaders[index + 1] ?? '']);
	}
	return pairs;
}
