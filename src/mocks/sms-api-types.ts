// Ships to the browser: the shapes going into and out of the mock 8x8 SMS API.

/** An HTTP request as the model sees it; header names may use any letter case. */
export interface SmsApiRequest {
	method: string;
	/** Absolute URL, e.g. `https://sms.8x8.com/api/v1/subaccounts/acme_hq/messages`. */
	url: string;
	headers: Record<string, string>;
	/** The raw request body text; empty when there is none. */
	body: string;
}

/** 8x8's error body, sent with every status of 400 and above. */
export interface SmsErrorBody {
	code: number;
	message: string;
	/** UUID to quote to 8x8 support. */
	errorId: string;
	/** ISO 8601 date-time of the error. */
	timestamp: string;
}

/** 8x8's `SmsResponse`: the 200 answer, which can still be a rejection. */
export interface SmsResponseBody {
	umid: string;
	clientMessageId: string | null;
	/** The destination as 8x8 echoes it: without a leading `+`. */
	destination: string;
	encoding: 'GSM7' | 'UCS2';
	status: { code: 'QUEUED' | 'REJECTED'; description: string };
}

/** What the model answers: status, lower-case response headers and a JSON body. */
export interface SmsApiAnswer {
	status: number;
	headers: Record<string, string>;
	body: SmsErrorBody | SmsResponseBody;
}

/** Sources of time and identity, replaceable so tests can assert whole bodies. */
export interface SmsApiModelOptions {
	/** @default () => new Date() */
	now?: () => Date;
	/** Returns a new UUID for `umid` and `errorId`. @default randomUuid */
	newId?: () => string;
}
