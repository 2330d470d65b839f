// Ships to the browser: the bodies 8x8's send endpoints answer with, as schemas for reading them.

import * as z from 'zod/mini';

import { describeField } from './describe-field';
import { SMS_ENCODINGS } from './sms-field-rules';

// The OpenAPI file types these optional fields as plain strings or arrays, but 8x8's tutorials
// show them as `null` when unset, so a reader of real answers accepts both.
function optionalString(description: string) {
	return z.optional(z.nullable(z.string().check(describeField(description))));
}

// 8x8's IDs such as `bda3d56d-1424-e711-813c-06ed3428fe67` have no RFC 9562 version digit, so
// `z.guid()` (any 8-4-4-4-12 hex) fits and `z.uuid()` would not.
function guid(description: string) {
	return z.guid().check(describeField(description));
}

function count(description: string) {
	return z.int().check(z.minimum(0), describeField(description));
}

/** 8x8's `SmsStatus`: `QUEUED`, or `REJECTED` with the reason in `description`. */
export const smsStatusSchema = z.object({
	/** `QUEUED` (accepted for delivery) or `REJECTED` (not sent, even with HTTP 200). */
	code: z.enum(['QUEUED', 'REJECTED']).check(describeField('QUEUED or REJECTED.')),
	/** Explanation of `code`, such as the reason for a rejection. */
	description: z.string().check(describeField('Explanation of code.')),
});

/** 8x8's `SmsResponse`: the HTTP 200 answer to one SMS, which can still be a rejection. */
export const smsResponseSchema = z.object({
	/** Unique message ID 8x8 gives the SMS. */
	umid: z.string().check(describeField('Unique message ID 8x8 gives the SMS.')),
	/** Your `clientMessageId`, echoed back. */
	clientMessageId: optionalString('Your clientMessageId, echoed back.'),
	/** The destination as 8x8 read it, usually without the `+`. */
	destination: z
		.string()
		.check(z.regex(/^\+?\d{7,15}$/), describeField('The number the SMS goes to.')),
	/** The encoding 8x8 chose, which tells what `AUTO` became. */
	encoding: z.enum(SMS_ENCODINGS).check(describeField('The encoding used for the text.')),
	status: smsStatusSchema.check(describeField('Whether 8x8 queued or rejected the SMS.')),
});

/** 8x8's `BatchSmsResponse`: counts, and one result per message when asked for. */
export const batchSmsResponseSchema = z.object({
	/** Unique ID 8x8 gives the batch. */
	batchId: guid('Unique ID 8x8 gives the batch.'),
	/** Your `clientBatchId`, echoed back. */
	clientBatchId: optionalString('Your clientBatchId, echoed back.'),
	/** How many messages 8x8 accepted. */
	acceptedCount: count('How many messages 8x8 accepted.'),
	/** How many messages 8x8 rejected. */
	rejectedCount: count('How many messages 8x8 rejected.'),
	/** One result per message, only when `includeMessagesInResponse` was true. */
	messages: z.optional(
		z.nullable(
			z.array(smsResponseSchema).check(describeField('One result per message, when asked for.')),
		),
	),
});

/** 8x8's `ErrorResponse`: the body of every answer with status 400 or above. */
export const errorResponseSchema = z.object({
	/** 8x8's error code, such as 1002 (invalid MSISDN) or 1200 (not authenticated). */
	code: z.int().check(describeField("8x8's error code.")),
	/** What went wrong, in 8x8's words; optional in the OpenAPI file. */
	message: z.optional(z.string().check(describeField("What went wrong, in 8x8's words."))),
	/** ID to quote to 8x8 support. */
	errorId: guid('ID to quote to 8x8 support.'),
	/** When the error happened: ISO 8601 with offset, sometimes with 7 fraction digits. */
	timestamp: z.iso
		.datetime({ offset: true })
		.check(describeField('When the error happened, ISO 8601 with offset.')),
});

/** The parsed `SmsStatus`. */
export type SmsStatus = z.output<typeof smsStatusSchema>;

/** The parsed `SmsResponse`. */
export type SmsResponse = z.output<typeof smsResponseSchema>;

/** The parsed `BatchSmsResponse`. */
export type BatchSmsResponse = z.output<typeof batchSmsResponseSchema>;

/** The parsed `ErrorResponse`. */
export type ErrorResponse = z.output<typeof errorResponseSchema>;
