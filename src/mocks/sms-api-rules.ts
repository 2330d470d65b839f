// Ships to the browser: the mock's copy of the request rules in 8x8's published OpenAPI file.

// TODO: a second copy of the rules src/lib/sms checks — import its shared schema once it has one.

/** The four regional base URLs of the 8x8 SMS API, from the `servers` list of its OpenAPI file. */
export const SMS_API_BASE_URLS = [
	'https://sms.8x8.com',
	'https://sms.us.8x8.com',
	'https://sms.8x8.uk',
	'https://sms.8x8.id',
] as const;

/** The encodings 8x8 accepts in `encoding`; `AUTO` is the default. */
export const SMS_ENCODINGS = ['AUTO', 'GSM7', 'UCS2'] as const;

/** One of {@link SMS_ENCODINGS}. */
export type SmsEncoding = (typeof SMS_ENCODINGS)[number];

/**
 * Patterns and limits of the send-one-SMS request. Lengths count UTF-16 code units, as
 * `String.prototype.length` does.
 */
export const SMS_API_RULES = {
	/** The `{subAccountId}` path parameter. */
	subAccountId: /^[A-Za-z0-9\-._&]{3,50}$/,
	/** `destination`: optional `+`, no leading zero, 7 to 15 digits. */
	destination: /^\+{0,1}[1-9]{1}[0-9]{6,14}$/,
	/** `source` of any kind: the OpenAPI `maxLength`. */
	sourceMaxLength: 16,
	/** A numeric sender: digits, optionally after one `+`. */
	numericSource: /^\+?[0-9]+$/,
	/** An alphanumeric sender: ASCII letters, digits and spaces. */
	alphanumericSource: /^[A-Za-z0-9 ]+$/,
	alphanumericSourceMaxLength: 11,
	clientMessageIdMaxLength: 350,
} as const;

// RFC 6750 `b64token`; the scheme name is case-insensitive (RFC 9110, section 11.1).
const BEARER = /^bearer +([A-Za-z0-9\-._~+/]+=*)$/i;

/**
 * Returns true when an `Authorization` value is `Bearer` and one token: no missing scheme, no
 * inner spaces or invisible characters, and no doubled `Bearer Bearer` prefix.
 */
export function isBearerAuthorization(value: string | undefined): boolean {
	const token = BEARER.exec(value ?? '')?.[1];
	return token !== undefined && token.toLowerCase() !== 'bearer';
}

/** Returns true when `text` is absent in practice: empty or only whitespace. */
export function isBlankText(text: string): boolean {
	return text.trim() === '';
}
