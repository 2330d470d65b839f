// Ships to the browser: sends one SMS request and classifies whatever comes back.

import { classifyResponse } from './classify-response';
import { explainAccepted } from './explain-accepted';
import { redactHeaders, scrubSecrets } from './redact-secrets';
import type { NetworkFailure, OutcomeFacts, SendOutcome, SentRequest } from './send-outcome';

export type { SendOutcome } from './send-outcome';

/** A built send-SMS request: the messages URL, header values as typed, and the JSON body text. */
export interface SmsHttpRequest {
	url: string;
	headers: Record<string, string>;
	body: string;
}

/** Options of {@link sendSms}. */
export interface SendSmsOptions {
	/** Stops the request, e.g. `AbortSignal.timeout(20_000)`; it then ends as `aborted`. */
	signal?: AbortSignal;
	/** True for a real send: an abort is then explained as an unknown outcome. @default false */
	live?: boolean;
}

/**
 * POSTs `request` with `fetchFn` and resolves to its {@link SendOutcome}; never rejects. A
 * rejected fetch (CORS block, lost network, abort) or a header value the browser refuses becomes
 * `network-error`. The outcome's request headers are redacted and its body is scrubbed of the key.
 */
export async function sendSms(
	request: SmsHttpRequest,
	fetchFn: typeof fetch = globalThis.fetch,
	options: SendSmsOptions = {},
): Promise<SendOutcome> {
	const withExplanation = async (facts: OutcomeFacts): Promise<SendOutcome> => ({
		...facts,
		explanation:
			facts.kind === 'accepted'
				? explainAccepted(facts)
				: await explainFailure(facts, options.live ?? false),
	});
	const sent: SentRequest = {
		method: 'POST',
		url: request.url,
		headers: redactHeaders(request.headers),
	};
	const refused = findRefusedHeader(request.headers);
	if (refused !== undefined) {
		// The engine's message may quote the refused value, which can be the key itself.
		const cause = { name: refused.errorName, message: 'Invalid header value' };
		return withExplanation(noAnswer(sent, 'header-rejected', cause, refused.name));
	}

	try {
		const response = await fetchFn(request.url, {
			method: 'POST',
			headers: request.headers,
			body: request.body,
			...(options.signal ? { signal: options.signal } : {}),
		});
		if (response.status === 0) {
			const cause = { name: 'OpaqueResponse', message: `Response type ${response.type}` };
			return withExplanation(noAnswer(sent, 'unreachable', cause, null));
		}
		const rawBody = scrubSecrets(await response.text(), request.headers);
		const retryAfter = response.headers.get('retry-after');
		return withExplanation(
			classifyResponse({ status: response.status, retryAfter, rawBody }, sent),
		);
	} catch (error) {
		const cause = describeError(error, request.headers);
		return withExplanation(noAnswer(sent, failureOf(cause.name), cause, null));
	}
}

// The explanations of failures read the error catalogue, so it loads only once a send fails.
async function explainFailure(facts: OutcomeFacts, live: boolean) {
	const { explainOutcome } = await import('./explain-outcome');
	return explainOutcome(facts, { live });
}

function noAnswer(
	request: SentRequest,
	reason: NetworkFailure,
	cause: { name: string; message: string },
	headerName: string | null,
): OutcomeFacts {
	return { kind: 'network-error', status: 0, rawBody: '', request, reason, headerName, cause };
}

// fetch throws a TypeError both for a blocked call and for a header value with a line break or
// a character above U+00FF, so header values are checked first to tell the two apart.
function findRefusedHeader(headers: Record<string, string>) {
	for (const [name, value] of Object.entries(headers)) {
		try {
			new Headers([[name, value]]);
		} catch (error) {
			return { name, errorName: error instanceof Error ? error.name : 'TypeError' };
		}
	}
	return undefined;
}

function describeError(error: unknown, headers: Record<string, string>) {
	// DOMException (AbortError, TimeoutError) is an Error in browsers and in Node.
	const { name, message } =
		error instanceof Error ? error : { name: 'Error', message: String(error) };
	return { name, message: scrubSecrets(message, headers) };
}

function failureOf(errorName: string): NetworkFailure {
	return errorName === 'AbortError' || errorName === 'TimeoutError' ? 'aborted' : 'unreachable';
}
