// Ships to the browser: what came of sending one SMS, as the widgets show it.

/** A reader-facing explanation: what happened, why, and the one thing to do next. */
export interface Explanation {
	title: string;
	detail: string;
	fix: string;
}

/** The request as sent, safe to show: secret header values are redacted. */
export interface SentRequest {
	method: 'POST';
	url: string;
	headers: Record<string, string>;
}

interface Common {
	/** HTTP status; 0 when no answer arrived. */
	status: number;
	/** The answer's body text exactly as received (secrets scrubbed); empty without an answer. */
	rawBody: string;
	request: SentRequest;
}

/** Why no answer arrived. */
export type NetworkFailure = 'unreachable' | 'header-rejected' | 'aborted';

/** Every fact about an outcome except its explanation: the input of `explainOutcome`. */
export type OutcomeFacts =
	/** 200 with `status.code` QUEUED: 8x8 took the message for delivery. */
	| (Common & {
			kind: 'accepted';
			umid: string;
			encoding: string;
			destination: string;
			clientMessageId: string | null;
	  })
	/** 200 with `status.code` REJECTED: nothing will be sent. */
	| (Common & { kind: 'rejected'; description: string; umid: string | null })
	/** Status 400 or above; the 8x8 fields are null when the body is not 8x8's error shape. */
	| (Common & {
			kind: 'http-error';
			code: number | null;
			message: string | null;
			errorId: string | null;
			/** Seconds from a numeric `Retry-After` header, when there is one. */
			retryAfterSeconds: number | null;
	  })
	/** No answer: the browser blocked the call, the network failed, or the request never left. */
	| (Common & {
			kind: 'network-error';
			reason: NetworkFailure;
			/** The header whose value the browser refused, for `header-rejected`. */
			headerName: string | null;
			/** Name and message of the original error, scrubbed of header values. */
			cause: { name: string; message: string };
	  })
	/** The local relay refused (its JSON has `relayError`): 8x8 never saw the request. */
	| (Common & {
			kind: 'relay-refused';
			/** The relay's UPPER_SNAKE refusal code, such as `UPSTREAM_TIMEOUT`. */
			relayError: string;
			/** The relay's own three-part message. */
			message: Explanation;
	  })
	/** A 2xx (or other) answer that is not 8x8's `SmsResponse` JSON. */
	| (Common & { kind: 'bad-response' });

/** The outcome of `sendSms`: the facts and their explanation. Switch on `kind`. */
export type SendOutcome = OutcomeFacts & { explanation: Explanation };
