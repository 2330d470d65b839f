// Ships to the browser: the mock's verdict on an `SmsRequest` body, taken from the shared schema.

import { checkSmsRequest } from '~/lib/schema/check-sms-request';
import type { SmsRequest } from '~/lib/schema/sms-request-schema';

/** The fields the 200 answer echoes or derives. */
export type CheckedSms = Pick<SmsRequest, 'destination' | 'text' | 'encoding'> & {
	clientMessageId: string | null;
};

/**
 * The body's fate: a 400 error (`code` and `message` of 8x8's error body), or fields to answer
 * with, plus a rejection reason when 8x8 would answer 200 with status `REJECTED`.
 */
export type SmsBodyVerdict =
	| { ok: false; code: number; message: string }
	| { ok: true; sms: CheckedSms; rejection: string | null };

const BAD_MSISDN = 'Invalid MSISDN: use a string of 7 to 15 digits with the country code';
const NO_TEXT = 'Text is missing or empty';
const BAD_COUNTRY = 'Invalid country: use a two-letter ISO 3166-1 code';
const BAD_URL = 'Invalid dlrCallbackUrl: use an http or https URL';

// 8x8's error code and message for each schema finding that stops the request with a 400. The
// codes are 8x8's documented ones; the messages are the mock's, as 8x8 publishes few of its own.
const errors: Readonly<Record<string, readonly [number, string]>> = {
	SCHEMA_BODY_MISSING: [1000, 'Request body must be a JSON object'],
	SCHEMA_BODY_TYPE: [1000, 'Request body must be a JSON object'],
	SCHEMA_DESTINATION_MISSING: [3002, 'Destination is missing'],
	SCHEMA_DESTINATION_EMPTY: [3002, 'Destination is missing'],
	SCHEMA_DESTINATION_TYPE: [1002, BAD_MSISDN],
	SCHEMA_DESTINATION_PATTERN: [1002, BAD_MSISDN],
	SCHEMA_TEXT_MISSING: [3005, NO_TEXT],
	SCHEMA_TEXT_BLANK: [3005, NO_TEXT],
	SCHEMA_TEXT_TYPE: [1004, 'Invalid text: it must be a string'],
	SCHEMA_SOURCE_TYPE: [1005, 'Invalid source: it must be a string'],
	SCHEMA_SOURCE_TOO_LONG: [3011, 'Source is too long: at most 16 characters'],
	SCHEMA_CLIENT_MESSAGE_ID_TYPE: [1000, 'Invalid clientMessageId: it must be a string'],
	SCHEMA_CLIENT_MESSAGE_ID_TOO_LONG: [3009, 'ClientMessageId is too long: at most 350 characters'],
	SCHEMA_ENCODING_VALUE: [1003, 'Invalid encoding: use AUTO, GSM7 or UCS2'],
	SCHEMA_COUNTRY_TYPE: [1009, BAD_COUNTRY],
	SCHEMA_COUNTRY_EMPTY: [1009, BAD_COUNTRY],
	SCHEMA_COUNTRY_TOO_LONG: [1009, BAD_COUNTRY],
	SCHEMA_COUNTRY_PATTERN: [1009, BAD_COUNTRY],
	SCHEMA_SCHEDULED_TYPE: [1011, 'Invalid scheduled time: use ISO 8601 with an offset'],
	SCHEMA_SCHEDULED_EMPTY: [1011, 'Invalid scheduled time: use ISO 8601 with an offset'],
	SCHEMA_SCHEDULED_FORMAT: [1011, 'Invalid scheduled time: use ISO 8601 with an offset'],
	SCHEMA_EXPIRY_TYPE: [1006, 'Invalid expiry: use ISO 8601 with an offset'],
	SCHEMA_EXPIRY_EMPTY: [1006, 'Invalid expiry: use ISO 8601 with an offset'],
	SCHEMA_EXPIRY_FORMAT: [1006, 'Invalid expiry: use ISO 8601 with an offset'],
	SCHEMA_DLR_CALLBACK_URL_TYPE: [1000, BAD_URL],
	SCHEMA_DLR_CALLBACK_URL_EMPTY: [1000, BAD_URL],
	SCHEMA_DLR_CALLBACK_URL_FORMAT: [1000, BAD_URL],
	SCHEMA_CLIENT_IP_TYPE: [1012, 'Invalid clientIp: it must be a string'],
	SCHEMA_TRACK_VALUE: [1000, 'Invalid track: use None or Outcome'],
};

// 8x8 accepts a bad sender name over HTTP and rejects the message in the 200 answer, which is
// how a sender ID gets dropped without any error status.
const rejections: Readonly<Record<string, string>> = {
	SCHEMA_SOURCE_CHARACTERS:
		'Invalid source: a sender name may only use ASCII letters, digits and spaces',
	SCHEMA_SOURCE_ALPHANUMERIC_TOO_LONG:
		'Invalid source: a sender name may have at most 11 characters',
};

// 8x8 checks in this order, so a body with several problems gets the first field's error.
const FIELD_ORDER = ['body', 'destination', 'text', 'source', 'clientMessageId', 'encoding'];

/**
 * Checks a parsed JSON body with {@link checkSmsRequest} and answers as 8x8 would: the first
 * error in 8x8's order (destination, text, source, clientMessageId, encoding, then the other
 * fields) as a 400 code and message, otherwise the fields to answer with and any rejection of
 * the sender name. A `null` field counts as absent, as 8x8's deserializer reads it, and unknown
 * fields are ignored.
 *
 * @throws Error only for a broken invariant of the schema: a body whose sole errors concern
 * `source` must pass once `source` is removed.
 */
export function checkSmsBody(body: unknown): SmsBodyVerdict {
	const fields = dropNullFields(body);
	const result = checkSmsRequest(fields);
	if (result.ok) {
		return { ok: true, sms: pickAnswerFields(result.value), rejection: null };
	}

	const ordered = result.issues
		.filter((issue) => issue.severity === 'error')
		.sort((a, b) => rank(a.path) - rank(b.path));
	const blocking = ordered.find((issue) => !Object.hasOwn(rejections, issue.code));
	if (blocking) {
		const [code, message] = errors[blocking.code] ?? [1000, 'Invalid parameter'];
		return { ok: false, code, message };
	}

	// Only the sender name is wrong: the rest of the body is valid and gets a 200 answer.
	const rest = checkSmsRequest({ ...(fields as object), source: undefined });
	if (!rest.ok) {
		throw new Error('A body whose only findings are about source must pass without it.');
	}
	const rejection = rejections[ordered[0]?.code ?? ''] ?? null;
	return { ok: true, sms: pickAnswerFields(rest.value), rejection };
}

function pickAnswerFields(request: SmsRequest): CheckedSms {
	const { destination, text, encoding, clientMessageId = null } = request;
	return { destination, text, encoding, clientMessageId };
}

function rank(path: string): number {
	const index = FIELD_ORDER.indexOf(path);
	return index === -1 ? FIELD_ORDER.length : index;
}

function dropNullFields(body: unknown): unknown {
	if (typeof body !== 'object' || body === null || Array.isArray(body)) {
		return body;
	}
	return Object.fromEntries(Object.entries(body).filter(([, value]) => value !== null));
}
