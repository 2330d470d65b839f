// Ships to the browser: sorts an HTTP answer from the send-SMS endpoint into an outcome.

import type { OutcomeFacts, SentRequest } from './send-outcome';

/** The parts of an HTTP answer the classification needs. */
export interface ReceivedAnswer {
	status: number;
	/** The `Retry-After` header value, or null. */
	retryAfter: string | null;
	/** The body text (already scrubbed of secrets). */
	rawBody: string;
}

/**
 * Returns the outcome facts for an answer: a 4xx or 5xx whose JSON has the local relay's
 * `relayError`, `title`, `detail` and `fix` strings is `relay-refused`; any other status of 400
 * and above is `http-error` (with 8x8's `code`, `message` and `errorId` when the body has
 * them); a JSON `SmsResponse` is `accepted` for QUEUED and `rejected` for REJECTED; anything
 * else is `bad-response`. Never throws.
 */
export function classifyResponse(answer: ReceivedAnswer, request: SentRequest): OutcomeFacts {
	const { status, rawBody } = answer;
	const common = { status, rawBody, request };
	const body = parseObject(rawBody);

	const refusal = status >= 400 ? readRelayRefusal(body) : undefined;
	if (refusal) {
		return { ...common, kind: 'relay-refused', ...refusal };
	}
	if (status >= 400) {
		return {
			...common,
			kind: 'http-error',
			code: Number.isInteger(body?.['code']) ? (body?.['code'] as number) : null,
			message: stringOrNull(body?.['message']),
			errorId: stringOrNull(body?.['errorId']),
			retryAfterSeconds: parseRetryAfter(answer.retryAfter),
		};
	}

	const smsStatus = status >= 200 && status < 300 ? asObject(body?.['status']) : undefined;
	const umid = stringOrNull(body?.['umid']);
	if (smsStatus?.['code'] === 'QUEUED' && umid !== null) {
		return {
			...common,
			kind: 'accepted',
			umid,
			encoding: stringOrNull(body?.['encoding']) ?? 'unknown',
			destination: stringOrNull(body?.['destination']) ?? '',
			clientMessageId: stringOrNull(body?.['clientMessageId']),
		};
	}
	if (smsStatus?.['code'] === 'REJECTED') {
		const description = stringOrNull(smsStatus['description']) ?? 'No reason given';
		return { ...common, kind: 'rejected', description, umid };
	}
	return { ...common, kind: 'bad-response' };
}

function readRelayRefusal(body: Record<string, unknown> | undefined) {
	const [relayError, title, detail, fix] = ['relayError', 'title', 'detail', 'fix'].map((name) =>
		stringOrNull(body?.[name]),
	);
	if (!relayError || !title || !detail || !fix) {
		return undefined;
	}
	return { relayError, message: { title, detail, fix } };
}

function parseObject(text: string): Record<string, unknown> | undefined {
	try {
		return asObject(JSON.parse(text));
	} catch {
		return undefined;
	}
}

function asObject(value: unknown): Record<string, unknown> | undefined {
	const isObject = typeof value === 'object' && value !== null && !Array.isArray(value);
	return isObject ? (value as Record<string, unknown>) : undefined;
}

function stringOrNull(value: unknown): string | null {
	return typeof value === 'string' ? value : null;
}

// Only the delay-seconds form; an HTTP date would need a clock and 8x8 documents seconds.
function parseRetryAfter(value: string | null): number | null {
	return value !== null && /^\d+$/.test(value.trim()) ? Number(value.trim()) : null;
}
