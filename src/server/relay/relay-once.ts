// Node only: relays one request, from its checks to 8x8's answer.

import type { Agent as HttpAgent, IncomingMessage, ServerResponse } from 'node:http';
import type { Agent as HttpsAgent } from 'node:https';

import type { RateLimiter } from '~/lib/relay/create-rate-limiter';
import { refusalCodeOf } from '~/lib/relay/relay-refusals';

import { readRequestBody } from '../read-request-body';
import { buildUpstreamUrl } from './build-upstream-url';
import { checkRelayRequest } from './check-relay-request';
import { forwardToUpstream } from './forward-to-upstream';
import type { RelayLimits } from './relay-options';
import { sendRefusal } from './send-refusal';
import { sendUpstreamAnswer } from './send-upstream-answer';

/** What stays the same between requests. */
export interface RelayContext {
	limits: RelayLimits;
	agents: { http: HttpAgent; https: HttpsAgent };
	limiter: RateLimiter;
	upstreamBase?: string;
}

/** One request to relay. */
export interface RelayExchange {
	request: IncomingMessage;
	response: ServerResponse;
	/** The request target after the site's base path, e.g. `/relay/sms/ap/api/v1/...`. */
	target: string;
	/** The checked `Host` header. */
	host: string;
}

/**
 * Checks the request (see `checkRelayRequest`), counts it against the client's rate, reads the
 * body within its caps, forwards it and passes 8x8's answer back, refusing at the first step
 * that fails. A 3xx answer is refused, never followed or passed on (a browser would follow it).
 * Never rejects.
 */
export async function relayOnce(exchange: RelayExchange, context: RelayContext): Promise<void> {
	const { request, response } = exchange;
	const plan = checkRelayRequest(request, exchange.target, exchange.host);
	if (!plan.ok) {
		const allow: Record<string, string> = request.method === 'POST' ? {} : { allow: 'POST' };
		sendRefusal(response, refusalCodeOf(plan.issues), allow);
		return;
	}
	const decision = context.limiter.take(request.socket.remoteAddress ?? 'unknown');
	if (!decision.ok) {
		sendRefusal(response, 'RATE_LIMITED', { 'retry-after': String(decision.retryAfterSeconds) });
		return;
	}

	const { limits } = context;
	const bodyLimits = { maxBytes: limits.bodyBytes, timeoutMs: limits.bodyMs };
	const reading = await readRequestBody(request, bodyLimits);
	if (!reading.ok) {
		sendRefusal(response, reading.reason === 'too-large' ? 'BODY_TOO_LARGE' : 'BODY_TIMEOUT');
		request.socket.destroySoon();
		return;
	}

	const upstream = {
		url: buildUpstreamUrl(plan.value.route, context.upstreamBase),
		headers: plan.value.headers,
		body: reading.body,
	};
	const answer = await forwardToUpstream(upstream, {
		agents: context.agents,
		timeoutMs: limits.upstreamMs,
		maxResponseBytes: limits.responseBytes,
	});
	if (!answer.ok) {
		sendRefusal(response, answer.code);
	} else if (answer.status >= 300 && answer.status < 400) {
		sendRefusal(response, 'UPSTREAM_REDIRECT');
	} else {
		sendUpstreamAnswer(response, answer);
	}
}
