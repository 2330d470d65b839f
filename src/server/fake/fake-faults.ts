// Node only: reserved subaccount IDs that make the fake 8x8 misbehave, for relay and client tests.

import type { ServerResponse } from 'node:http';

/** One way the fake 8x8 can fail, and how it does it. */
export interface FakeFault {
	/** What a client sees, in plain words. */
	meaning: string;
	/** Fails the response; `redirectTo` is the fake server's `redirectTo` option. */
	apply: (response: ServerResponse, redirectTo: string) => void;
}

const HTML_PAGE = '<!doctype html><title>502 Bad Gateway</title><h1>Bad Gateway</h1>\n';

/**
 * Reserved subaccount IDs of the fake 8x8 server. A request to the messages or batch endpoint
 * with one of these IDs gets the fault, whatever its method, headers or body. All start with
 * `fault-` and match 8x8's subaccount pattern, so the relay forwards them like any other ID.
 */
export const FAKE_FAULTS: Readonly<Record<string, FakeFault>> = {
	'fault-timeout': {
		meaning: 'Never answers: the connection stays open until the client gives up.',
		apply: () => {},
	},
	'fault-reset': {
		meaning: 'Resets the connection (TCP RST) without any answer.',
		apply: (response) => {
			response.socket?.resetAndDestroy();
		},
	},
	'fault-html': {
		meaning: 'Answers 502 with an HTML error page, as a gateway in front of 8x8 might.',
		apply: (response) => {
			response.writeHead(502, { 'content-type': 'text/html; charset=utf-8' }).end(HTML_PAGE);
		},
	},
	'fault-redirect': {
		meaning: 'Answers 302 with a Location on another host, which no client should follow.',
		apply: (response, redirectTo) => {
			response.writeHead(302, { location: redirectTo, 'content-length': '0' }).end();
		},
	},
	'fault-bad-json': {
		meaning: 'Answers 200 as JSON, but the body is cut off mid-object.',
		apply: (response) => {
			const body = '{"umid":"3f1c2a9e-';
			response.writeHead(200, { 'content-type': 'application/json' }).end(body);
		},
	},
};

/** Returns the fault reserved for `subAccountId`, or undefined for an ordinary ID. */
export function findFakeFault(subAccountId: string): FakeFault | undefined {
	return Object.hasOwn(FAKE_FAULTS, subAccountId) ? FAKE_FAULTS[subAccountId] : undefined;
}
