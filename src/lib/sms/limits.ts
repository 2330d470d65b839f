// Ships to the browser: keep it free of secrets and heavy imports.

// The numbers come from 8x8's SMS API reference, its OpenAPI file and its rate-limiting page.
// Where they disagree the OpenAPI file wins: `source` has `maxLength: 16` there, while the
// reference page says 17 for a numeric sender.

const MAX_PARTS = 10;

/** How many characters one SMS part holds, per encoding. */
const ENCODINGS = [
	{ encoding: 'GSM7', label: 'GSM-7', singlePart: 160, perPart: 153 },
	{ encoding: 'UCS2', label: 'UCS-2 (Unicode)', singlePart: 70, perPart: 67 },
] as const;

/**
 * The documented limits of 8x8's send-SMS API. Character counts are GSM-7 septets (an
 * extension character such as `€` costs two) or UTF-16 code units (an emoji costs two).
 */
export const SMS_LIMITS = {
	/**
	 * Per encoding: characters in a message of one part, in each part once the text is split
	 * (the rest carries the joining header), and at most in one message.
	 */
	encodings: ENCODINGS.map((row) => ({ ...row, maxCharacters: row.perPart * MAX_PARTS })),
	/** Parts one message may have; 8x8 cuts longer text off after the last part. */
	maxParts: MAX_PARTS,
	sender: {
		/** A sender name: ASCII letters, digits and spaces only. */
		alphanumericMaxLength: 11,
		/** A sender number: digits, optionally after one `+`, which counts. */
		numericMaxLength: 16,
	},
	clientMessageIdMaxLength: 350,
	clientBatchIdMaxLength: 20,
	/** Messages (or destinations) in one request to `/messages/batch`. */
	batchMaxMessages: 10_000,
	/** Default request rates; 8x8 support can raise the subaccount one. Over them: 429. */
	rate: { perSubaccountPerSecond: 1_800, perIpPerSecond: 3_000 },
} as const;
