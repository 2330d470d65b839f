// Ships to the browser: the limits of 8x8's SMS request fields, shared by the schemas and messages.

import { SMS_LIMITS } from '~/lib/sms/limits';

/** The `destination` pattern of 8x8's OpenAPI file: optional `+`, no leading 0, 7 to 15 digits. */
export const DESTINATION_PATTERN = /^\+{0,1}[1-9]{1}[0-9]{6,14}$/;

/** The `{subAccountId}` path parameter of 8x8's OpenAPI file: 3 to 50 letters, digits or `-._&`. */
export const SUBACCOUNT_ID_PATTERN = /^[A-Za-z0-9\-._&]{3,50}$/;

/** The values 8x8 accepts in `encoding`; `AUTO` is the default. */
export const SMS_ENCODINGS = ['AUTO', 'GSM7', 'UCS2'] as const;

/** The values of `track`: `Outcome` turns on conversion tracking. */
export const TRACK_VALUES = ['None', 'Outcome'] as const;

/**
 * Length limits, in UTF-16 code units as `String.prototype.length` counts them. `source` is
 * capped at 16 by the OpenAPI file, and a named (alphanumeric) sender at 11 by 8x8's reference.
 */
export const smsFieldLimits = {
	sourceMaxLength: SMS_LIMITS.sender.numericMaxLength,
	alphanumericSourceMaxLength: SMS_LIMITS.sender.alphanumericMaxLength,
	clientMessageIdMaxLength: SMS_LIMITS.clientMessageIdMaxLength,
	countryMaxLength: 2,
	batchMaxItems: SMS_LIMITS.batchMaxMessages,
	clientBatchIdMaxLength: SMS_LIMITS.clientBatchIdMaxLength,
} as const;

/** A numeric sender: digits, optionally after one `+`. */
export const NUMERIC_SOURCE = /^\+?[0-9]+$/;

/** One character a named sender may use: an ASCII letter, a digit or a space. */
export const ALPHANUMERIC_SOURCE_CHAR = /^[A-Za-z0-9 ]$/;

/** An ISO 3166-1 alpha-2 code, such as `SG`; letter case is not checked. */
export const COUNTRY_PATTERN = /^[A-Za-z]{2}$/;
