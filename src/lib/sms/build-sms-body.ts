// Ships to the browser: keep it free of secrets and heavy imports.

import type { RequestedEncoding } from './analyze-encoding';

/** The JSON body of 8x8's "send one SMS" request (`SmsRequest` in 8x8's OpenAPI file). */
export interface SmsBody {
	/** Phone number in international form, such as `+6591234567`. */
	destination: string;
	/** The message. */
	text: string;
	/** Sender id: up to 11 letters, digits and spaces, or a number of up to 16 characters. */
	source?: string;
	/** Your own reference, echoed in the response and delivery receipts; at most 350 characters. */
	clientMessageId?: string;
	/** @default 'AUTO' */
	encoding?: RequestedEncoding;
	/** ISO 3166-1 alpha-2 country, needed only when `destination` is in national form. */
	country?: string;
	/** ISO 8601 date-time with offset at which to send. */
	scheduled?: string;
	/** ISO 8601 date-time after which an unsent SMS is dropped. */
	expiry?: string;
	/** Webhook URL for this message's delivery receipts. */
	dlrCallbackUrl?: string;
	/** End user's IP address, for 8x8's optional per-IP rate limit. */
	clientIp?: string;
	/** `Outcome` to track conversion through 8x8's feedback API. */
	track?: 'None' | 'Outcome';
}

/** Inputs of {@link buildSmsBody}: an optional field may also be `undefined` or `''`. */
export type SmsBodyFields = Pick<SmsBody, 'destination' | 'text'> & {
	[K in OptionalKey]?: SmsBody[K] | '' | undefined;
};

type OptionalKey = Exclude<keyof SmsBody, 'destination' | 'text'>;

const OPTIONAL_KEYS: readonly OptionalKey[] = [
	'source',
	'clientMessageId',
	'encoding',
	'country',
	'scheduled',
	'expiry',
	'dlrCallbackUrl',
	'clientIp',
	'track',
];

/**
 * Returns the request body with keys in a fixed order (destination, text, source, then the
 * others as 8x8 lists them), leaving out optional fields that are `undefined` or `''`.
 * Values are copied as given: check them first.
 */
export function buildSmsBody(fields: SmsBodyFields): SmsBody {
	const body: SmsBody = { destination: fields.destination, text: fields.text };
	for (const key of OPTIONAL_KEYS) {
		const value = fields[key];
		if (value !== undefined && value !== '') {
			Object.assign(body, { [key]: value });
		}
	}
	return body;
}

/**
 * Returns `body` as JSON text made by `JSON.stringify`, so quotes, backslashes, line breaks
 * and tabs in the text are escaped (`"` becomes `\"`, CR LF becomes `\r\n`). `pretty` indents
 * with two spaces.
 * @example serializeSmsBody({ destination: '+6591234567', text: 'Order "A&B"' })
 * // '{"destination":"+6591234567","text":"Order \"A&B\""}'
 */
export function serializeSmsBody(body: SmsBody, pretty = false): string {
	return pretty ? JSON.stringify(body, null, 2) : JSON.stringify(body);
}
