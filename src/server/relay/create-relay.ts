// Node only: the relay that lets a guide page send a live SMS to 8x8 (or to a fake 8x8).

import { Agent as HttpAgent, type IncomingMessage, type ServerResponse } from 'node:http';
import { Agent as HttpsAgent } from 'node:https';

import { createRateLimiter } from '~/lib/relay/create-rate-limiter';

import {
	DEFAULT_RELAY_LIMITS,
	DEFAULT_RELAY_RATE_LIMIT,
	type RelayLimits,
	type RelayOptions,
} from './relay-options';
import { relayOnce, type RelayContext } from './relay-once';

/** A relay: one handler per request, and its connection pools to close at shutdown. */
export interface Relay {
	/**
	 * Answers one request whose target (after the site's base path) starts with `/relay/`.
	 * `host` is the request's `Host`, already checked against the server's own addresses.
	 * Never rejects.
	 */
	handle(
		request: IncomingMessage,
		response: ServerResponse,
		target: string,
		host: string,
	): Promise<void>;
	/** Drops pooled connections to 8x8. */
	close(): void;
}

// Enough parallel connections for a class of readers; more requests wait for a free one.
const POOL = { keepAlive: true, maxSockets: 32, maxFreeSockets: 8, timeout: 30_000 };

/**
 * Returns a relay that forwards `POST /relay/sms/{region}/api/v1/subaccounts/{id}/messages`
 * (and `…/messages/batch`) to that region's 8x8 host, or to `options.upstreamBase`, and answers
 * with 8x8's status and body unchanged. It keeps no record of keys or bodies: nothing is logged
 * and the rate limiter holds only client addresses and times.
 */
export function createRelay(options: RelayOptions = {}): Relay {
	const limits: RelayLimits = { ...DEFAULT_RELAY_LIMITS, ...options.limits };
	const rate = { ...DEFAULT_RELAY_RATE_LIMIT, ...options.rateLimit };
	const agents = { http: new HttpAgent(POOL), https: new HttpsAgent(POOL) };
	const context: RelayContext = {
		limits,
		agents,
		limiter: createRateLimiter(rate),
		...(options.upstreamBase === undefined ? {} : { upstreamBase: options.upstreamBase }),
	};

	return {
		handle: (request, response, target, host) =>
			relayOnce({ request, response, target, host }, context),
		close: () => {
			agents.http.destroy();
			agents.https.destroy();
		},
	};
}
