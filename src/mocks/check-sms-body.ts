// Ships to the browser: the mock's field checks for 8x8's `SmsRequest` body.

import { isBlankText, SMS_API_RULES, SMS_ENCODINGS, type SmsEncoding } from './sms-api-rules';

/** The fields the 200 answer echoes or derives. */
export interface CheckedSms {
	destination: string;
	text: string;
	clientMessageId: string | null;
	encoding: SmsEncoding;
}

/**
 * The body's fate: a 400 error (`code` and `message` of 8x8's error body), or fields to answer
 * with, plus a rejection reason when 8x8 would answer 200 with status `REJECTED`.
 */
export type SmsBodyVerdict =
	| { ok: false; code: number; message: string }
	| { ok: true; sms: CheckedSms; rejection: string | null };

/**
 * Checks a parsed JSON body in 8x8's order: destination, text, source, clientMessageId,
 * encoding. Never throws; fields the rules do not cover (`country`, `scheduled`, ...) are ignored.
 */
export function checkSmsBody(body: unknown): SmsBodyVerdict {
	if (typeof body !== 'object' || body === null || Array.isArray(body)) {
		return fail(1000, 'Request body must be a JSON object');
	}

	const { destination, text, source, clientMessageId, encoding = 'AUTO' } = body as Fields;
	if (destination === undefined || destination === null || destination === '') {
		return fail(3002, 'Destination is missing');
	}
	if (typeof destination !== 'string' || !SMS_API_RULES.destination.test(destination)) {
		return fail(1002, 'Invalid MSISDN: use a string of 7 to 15 digits with the country code');
	}
	if (text === undefined || text === null || (typeof text === 'string' && isBlankText(text))) {
		return fail(3005, 'Text is missing or empty');
	}
	if (typeof text !== 'string') {
		return fail(1004, 'Invalid text: it must be a string');
	}

	if (source !== undefined && source !== null && typeof source !== 'string') {
		return fail(1005, 'Invalid source: it must be a string');
	}
	if (typeof source === 'string' && source.length > SMS_API_RULES.sourceMaxLength) {
		return fail(3011, 'Source is too long: at most 16 characters');
	}
	if (clientMessageId !== undefined && clientMessageId !== null) {
		if (typeof clientMessageId !== 'string') {
			return fail(1000, 'Invalid clientMessageId: it must be a string');
		}
		if (clientMessageId.length > SMS_API_RULES.clientMessageIdMaxLength) {
			return fail(3009, 'ClientMessageId is too long: at most 350 characters');
		}
	}
	if (!isEncoding(encoding)) {
		return fail(1003, 'Invalid encoding: use AUTO, GSM7 or UCS2');
	}

	const sms = { destination, text, clientMessageId: clientMessageId ?? null, encoding };
	return { ok: true, sms, rejection: rejectSource(source) };
}

type Fields = Partial<Record<'destination' | 'text' | 'source' | 'clientMessageId', unknown>> & {
	encoding?: unknown;
};

function fail(code: number, message: string): SmsBodyVerdict {
	return { ok: false, code, message };
}

function isEncoding(value: unknown): value is SmsEncoding {
	return SMS_ENCODINGS.some((encoding) => encoding === value);
}

// 8x8 accepts a bad alphanumeric sender over HTTP and rejects the message in the 200 answer,
// which is how a sender ID gets dropped without any error status. An empty source counts as none.
function rejectSource(source: string | null | undefined): string | null {
	if (!source || SMS_API_RULES.numericSource.test(source)) {
		return null;
	}
	if (!SMS_API_RULES.alphanumericSource.test(source)) {
		return 'Invalid source: a sender name may only use ASCII letters, digits and spaces';
	}
	if (source.length > SMS_API_RULES.alphanumericSourceMaxLength) {
		return 'Invalid source: a sender name may have at most 11 characters';
	}
	return null;
}
