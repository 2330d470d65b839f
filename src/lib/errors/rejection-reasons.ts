// Ships to the browser: why 8x8 can answer 200 and still not send the message.

import type { RejectionReason } from './error-entry-schema';

const SUCCEEDED_JOB =
	'The HTTP step and the job succeed, because the status is 200; only status.code in the ' +
	'output says REJECTED, so an IF step on it has to stop the job.';

/**
 * The `status.description` texts 8x8 lists for a 200 answer with status `REJECTED`. The
 * descriptions are 8x8's exact words, so an answer can be matched against them.
 */
export const REJECTION_REASONS = [
	{
		description: 'Text value is missing',
		name: 'Text missing',
		meaning: 'The message had no text, so 8x8 dropped it.',
		workatoCause:
			'The text came only from a pill that was empty for this email, such as a blank subject.',
		fix: 'Put fixed words in front of the pill, so the text is never empty.',
		inWorkato: SUCCEEDED_JOB,
	},
	{
		description: 'Invalid Text value. Reached max allowed limit',
		name: 'Text too long',
		meaning:
			'The text is longer than one message may be: 10 parts, that is 1,530 GSM-7 or 670 ' +
			'UCS-2 characters.',
		workatoCause: 'The full email body pill was mapped into text.',
		fix: 'Map the Snippet pill instead of the full body, cut with a .slice(0, 600) formula.',
		inWorkato: SUCCEEDED_JOB,
	},
	{
		description: 'Invalid Source value. Reached max allowed limit',
		name: 'Sender ID too long',
		meaning: 'The sender ID is longer than 8x8 allows: 11 characters for a name, 16 for a number.',
		workatoCause: 'A company name of 12 characters or more, spaces included, went into source.',
		fix: 'Shorten the sender ID to 11 letters, digits or spaces, or remove it.',
		inWorkato: SUCCEEDED_JOB,
	},
	{
		description: 'Expiry time already reached',
		name: 'Expiry time already passed',
		meaning: 'The expiry time was already in the past when 8x8 got the message.',
		workatoCause: 'The expiry was worked out from a fixed date, or in the wrong time zone.',
		fix: 'Set a later expiry with a time zone offset, or leave the field out.',
		inWorkato: SUCCEEDED_JOB,
	},
	{
		description: 'Invalid MSISDN format (not E.164 international number)',
		name: 'Number not in international form',
		meaning: 'The destination is not an international number: country code, then the number.',
		workatoCause: 'The phone pill holds a local number with a leading 0, or spaces and dashes.',
		fix: 'Write the number like +6591234567.',
		inWorkato: SUCCEEDED_JOB,
	},
	{
		description: 'Internal server error',
		name: "Problem on 8x8's side",
		meaning: 'A fault inside 8x8 stopped the message, not anything in the request.',
		workatoCause: 'Nothing in the recipe: 8x8 had an internal fault or an outage.',
		fix: 'Send the message again in a few minutes.',
		inWorkato: SUCCEEDED_JOB,
	},
] as const satisfies readonly RejectionReason[];
