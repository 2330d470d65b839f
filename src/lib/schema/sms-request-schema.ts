// Ships to the browser: 8x8's `SmsRequest` body as a schema. It uses zod/mini, whose bundle is
// about a third of the size of zod's chained API for the same checks.

import * as z from 'zod/mini';

import { describeField } from './describe-field';
import {
	ALPHANUMERIC_SOURCE_CHAR,
	COUNTRY_PATTERN,
	DESTINATION_PATTERN,
	NUMERIC_SOURCE,
	SMS_ENCODINGS,
	smsFieldLimits,
	TRACK_VALUES,
} from './sms-field-rules';

const destinationSchema = z
	.string()
	.check(
		z.regex(DESTINATION_PATTERN),
		describeField(
			'Phone number that receives the SMS, with its country code; the leading + is optional.',
			['A national number is read only together with country, and still has no leading 0.'],
		),
	);

const textSchema = z.string().check(
	z.refine((text) => text.trim() !== '', { params: { rule: 'BLANK' } }),
	describeField('The message itself.', ['Not empty or only spaces and line breaks.']),
);

const sourceSchema = z
	.string()
	.check(
		z.maxLength(smsFieldLimits.sourceMaxLength),
		z.refine(hasNamedSenderCharacters, { params: { rule: 'CHARACTERS' } }),
		z.refine(hasNamedSenderLength, { params: { rule: 'ALPHANUMERIC_TOO_LONG' } }),
		describeField('Sender ID the phone shows; the route may replace it in some countries.', [
			'A name: at most 11 ASCII letters, digits and spaces.',
			'A number: digits only, with an optional leading +.',
		]),
	);

/** `encoding` without its default: a batch message without one keeps the template's. */
export const smsEncodingSchema = z
	.enum(SMS_ENCODINGS)
	.check(describeField('Character set; AUTO lets 8x8 pick GSM7 or UCS2 from the text.'));

const dateTimeRule = 'With a Z or ±hh:mm offset, such as 2016-11-07T19:20:30+08:00.';

/**
 * The fields of one SMS, shared by the single request and by each item of a batch's `messages`.
 * `encoding` is optional here and gets its `AUTO` default only in {@link smsRequestSchema}, so a
 * batch item without one keeps the template's encoding.
 */
export const smsFields = {
	/** Phone number of the recipient, matched against {@link DESTINATION_PATTERN}. */
	destination: destinationSchema,
	/** The message; required and not blank. */
	text: textSchema,
	/** Sender ID: a name of up to 11 characters or a number of up to 16. */
	source: z.optional(sourceSchema),
	/** Your own reference, echoed back in the response and in delivery receipts. */
	clientMessageId: z.optional(
		z
			.string()
			.check(
				z.maxLength(smsFieldLimits.clientMessageIdMaxLength),
				describeField('Your own reference for the message, echoed back by 8x8.'),
			),
	),
	/** `AUTO`, `GSM7` or `UCS2`. */
	encoding: z.optional(smsEncodingSchema),
	/** ISO 3166-1 alpha-2 code of the destination, needed only for a national number. */
	country: z.optional(
		z
			.string()
			.check(
				z.maxLength(smsFieldLimits.countryMaxLength),
				z.regex(COUNTRY_PATTERN),
				describeField('Country of a destination written in national format.', [
					'Two letters, ISO 3166-1 alpha-2, such as SG.',
				]),
			),
	),
	/** When to send, at most 7 days ahead (8x8's rule; not checked, as it depends on the clock). */
	scheduled: z.optional(
		z.iso
			.datetime({ offset: true })
			.check(describeField('When to send the SMS, up to 7 days ahead.', [dateTimeRule])),
	),
	/** After this time 8x8 drops the SMS if it has not been sent. */
	expiry: z.optional(
		z.iso
			.datetime({ offset: true })
			.check(describeField('After this time an SMS not yet sent is dropped.', [dateTimeRule])),
	),
	/** Webhook for this message's delivery receipts, instead of the account's default one. */
	dlrCallbackUrl: z.optional(
		z
			.url({ protocol: /^https?$/ })
			.check(
				describeField('Webhook for delivery receipts of this SMS, instead of the default one.', [
					'An http or https URL.',
				]),
			),
	),
	/** End user's IP address, for 8x8's optional per-IP rate limit. */
	clientIp: z.optional(
		z.string().check(describeField("End user's IP address, for the optional per-IP rate limit.")),
	),
	/** `Outcome` tracks conversion with 8x8's feedback API; `None` does not. */
	track: z.optional(
		z
			.enum(TRACK_VALUES)
			.check(describeField('Outcome to track conversion with the feedback API, or None.')),
	),
};

/**
 * 8x8's `SmsRequest`: the body of `POST /api/v1/subaccounts/{subAccountId}/messages`.
 *
 * The destination pattern applies whatever `country` says. A national number therefore passes
 * only when it has no trunk 0 and 7 to 15 digits (`2025550308` with `country: "US"`), which is
 * also all 8x8's own pattern lets through; `country` itself is two letters. Unknown fields are
 * stripped from the parsed value, and `null` is not accepted for an optional field.
 */
export const smsRequestSchema = z.object({
	...smsFields,
	/** @default 'AUTO' */
	encoding: z._default(smsEncodingSchema, 'AUTO'),
});

/** A send-one-SMS body after parsing: `encoding` is always set. */
export type SmsRequest = z.output<typeof smsRequestSchema>;

/** A send-one-SMS body as written, before the `encoding` default is applied. */
export type SmsRequestInput = z.input<typeof smsRequestSchema>;

// An empty source counts as none, and a numeric sender is bounded by the 16-character cap alone.
function isNamedSender(source: string): boolean {
	return source !== '' && !NUMERIC_SOURCE.test(source);
}

function hasNamedSenderCharacters(source: string): boolean {
	return !isNamedSender(source) || [...source].every((char) => ALPHANUMERIC_SOURCE_CHAR.test(char));
}

function hasNamedSenderLength(source: string): boolean {
	return !isNamedSender(source) || source.length <= smsFieldLimits.alphanumericSourceMaxLength;
}
