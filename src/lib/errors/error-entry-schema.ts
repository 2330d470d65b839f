// Build and test time only: shipped modules import types from here, never values, so zod stays
// out of the browser bundle.

import { z } from 'zod';

/** A full sentence: trimmed, not empty, ending in a period. */
const sentence = z
	.string()
	.min(1)
	.regex(/^\S[\s\S]*\.$/, 'Write a full sentence that ends with a period.');

/** A short reader-facing heading: sentence case, no final period, at most 60 characters. */
const heading = z
	.string()
	.min(1)
	.max(60)
	.regex(/^[A-Z0-9][^\n]*[^.\s]$/, 'Start with a capital or digit and leave off the period.');

/** The wording every catalogue entry has, from the reader's side. */
const explanation = {
	/** 8x8's short meaning, reworded; widgets show it as the title. */
	name: heading,
	/** What happened, in plain words. */
	meaning: sentence,
	/** The likeliest cause when a Workato recipe gets this answer. */
	workatoCause: sentence,
	/** The one action that mends it. */
	fix: sentence,
	/** How the answer shows in a Workato job: failed or succeeded, and where the details are. */
	inWorkato: sentence,
};

/**
 * Who defines an answer: `8x8` documents it; `mock` marks one that only this site's mock gives,
 * where 8x8 documents nothing.
 */
const origin = z.enum(['8x8', 'mock']);

/** One HTTP status of the SMS API. */
export const httpStatusEntrySchema = z.strictObject({
	status: z.number().int().min(200).max(599),
	...explanation,
	/** False for answers a send-SMS request cannot get. */
	smsRelevant: z.boolean(),
	origin,
});

/** One numbered `code` from 8x8's error body, or a documented range of them. */
export const apiCodeEntrySchema = z.strictObject({
	code: z.number().int().positive(),
	/** The last code of a range that shares one entry, such as the chat-apps codes. */
	lastCode: z.number().int().positive().optional(),
	/** The HTTP status that usually carries the code, or `not documented` when 8x8 names none. */
	status: z.union([z.number().int().min(400).max(599), z.literal('not documented')]),
	...explanation,
	/** The body's `message` as the mock sends it: 8x8's example text when it gives one. */
	apiMessage: z.string().min(1),
	/** False for codes only other products (chat apps) give; a send-SMS request never gets them. */
	smsRelevant: z.boolean(),
	origin,
});

/** One reason 8x8 gives in `status.description` when it answers 200 with status `REJECTED`. */
export const rejectionReasonSchema = z.strictObject({
	/** 8x8's exact `status.description` text, which lookups match. */
	description: z.string().min(1),
	...explanation,
});

/** An entry of `HTTP_STATUSES`. */
export type HttpStatusEntry = z.infer<typeof httpStatusEntrySchema>;

/** An entry of `API_CODES`. */
export type ApiCodeEntry = z.infer<typeof apiCodeEntrySchema>;

/** An entry as written in the `api-codes-*` files: its `apiMessage` lives in `API_MESSAGES`. */
export type ApiCodeWording = Omit<ApiCodeEntry, 'apiMessage'>;

/** An entry of `REJECTION_REASONS`. */
export type RejectionReason = z.infer<typeof rejectionReasonSchema>;
