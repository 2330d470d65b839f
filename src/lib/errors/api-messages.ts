// Ships to the browser, in the mock: the `message` 8x8's error body carries for each code. Kept
// apart from the catalogue's explanations so the mock can answer without loading them; the
// catalogue joins the two, and its tests check that every entry has exactly one message.

/**
 * The body's `message` for each catalogued code, as the mock sends it: 8x8's example text where
 * 8x8 gives one. The chat-apps range 3015 to 3060 shares the message of 3015.
 */
export const API_MESSAGES = {
	415: 'Unsupported Content-Type: send the body as JSON with application/json',
	429: 'Quota exceeded. Please try again in 1 second(s).',
	1000: 'Invalid parameter',
	1001: "Provided subAccountId doesn't belongs to your account",
	1002: 'Invalid MSISDN format (not E.164 international number)',
	1003: 'Invalid encoding',
	1004: 'Invalid text',
	1005: 'Invalid source',
	1006: 'Invalid expiry',
	1007: 'Invalid SMS template',
	1008: 'Invalid ID',
	1009: 'Invalid country code',
	1010: 'Parameter out of range',
	1011: 'Invalid schedule time',
	1012: 'Invalid IP address',
	1014: 'TLS 1.3+ is required for Singapore-bound messages. Detected: TLSv1.2',
	1100: 'Bulk limit reached',
	1200: 'Request was not authenticated properly',
	1201: 'Access forbidden',
	1300: "Object wasn't found or is already expired",
	1400: 'Resending interval violation',
	2000: 'Internal server error',
	2001: 'Function not implemented',
	2002: 'Unsupported API version',
	2003: 'Unsupported product',
	3001: 'Missed user',
	3002: 'Missed MSISDN',
	3003: 'Invalid MSISDN',
	3004: 'Missed content',
	3005: 'Missed text',
	3006: 'Too long text',
	3007: 'Missed media URL',
	3008: 'Invalid media URL',
	3009: 'ClientMessageId too long',
	3010: 'Invalid content type',
	3011: 'SMS source too long',
	3012: 'Missed messages',
	3013: 'Too many messages',
	3014: 'ClientBatchId too long',
	3015: 'Chat-apps error',
	4018: 'Invalid jobId',
} as const;

/** A `code` that has its own entry in the error catalogue. */
export type ApiCode = keyof typeof API_MESSAGES;
