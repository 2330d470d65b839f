// Ships to the browser: the mock's rules for what is not the request body. The body's rules live
// in the shared schema of src/lib/schema, which the mock checks bodies with.

import { SUBACCOUNT_ID_PATTERN } from '~/lib/schema/sms-field-rules';
import type { SmsRequest } from '~/lib/schema/sms-request-schema';

/** The four regional base URLs of the 8x8 SMS API, from the `servers` list of its OpenAPI file. */
export const SMS_API_BASE_URLS = [
	'https://sms.8x8.com',
	'https://sms.us.8x8.com',
	'https://sms.8x8.uk',
	'https://sms.8x8.id',
] as const;

/** One of the encodings 8x8 accepts in `encoding`; `AUTO` is the default. */
export type SmsEncoding = SmsRequest['encoding'];

/** Patterns of the request outside its body. */
export const SMS_API_RULES = {
	/** The `{subAccountId}` path parameter. */
	subAccountId: SUBACCOUNT_ID_PATTERN,
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
