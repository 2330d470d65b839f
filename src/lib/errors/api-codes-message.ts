// Ships to the browser: 8x8's codes 3001 to 3060, about the message fields.

import { describeFailedJob } from './describe-failed-job';
import type { ApiCodeWording } from './error-entry-schema';

// 8x8 shares codes 3001 to 3014 between the SMS API and the chat-apps Messaging API. The ones
// about a user, content or media name fields only chat-app requests have, so they are marked as
// not relevant to SMS; 8x8 itself only says so of 3015 to 3060.

const CHAT_APPS_ONLY =
	'An SMS request has no such field, so a recipe gets this only by calling the chat-apps API.';
const USE_SMS_BODY = 'Send SMS to the /messages address with a destination and a text.';

/** Codes 3001 to 3014 of 8x8's error list, plus one entry for the chat-apps range 3015-3060. */
export const MESSAGE_CODES = [
	{
		code: 3001,
		status: 'not documented',
		name: 'Chat-app user missing',
		meaning: 'A chat-app message names no user to send to.',
		workatoCause: CHAT_APPS_ONLY,
		fix: USE_SMS_BODY,
		inWorkato: describeFailedJob('not documented'),
		smsRelevant: false,
		origin: '8x8',
	},
	{
		code: 3002,
		status: 'not documented',
		name: 'Destination phone number missing',
		meaning: 'The body has no destination, or it is empty. 8x8 needs a destination and a text.',
		workatoCause: 'The phone number pill was empty for this job, or destination is not mapped.',
		fix: 'Add the destination phone number, for example "+6591234567".',
		inWorkato: describeFailedJob('not documented'),
		smsRelevant: true,
		origin: '8x8',
	},
	{
		code: 3003,
		status: 'not documented',
		name: 'Destination phone number not valid',
		meaning:
			'The destination is there but is no phone number 8x8 can use: it wants the country code ' +
			'and 7 to 15 digits in all.',
		workatoCause: 'The phone pill holds a local number, or text around the digits.',
		fix: 'Write the number like +6591234567.',
		inWorkato: describeFailedJob('not documented'),
		smsRelevant: true,
		origin: '8x8',
	},
	{
		code: 3004,
		status: 'not documented',
		name: 'Chat-app content missing',
		meaning: 'A chat-app message has no content object; an SMS carries its words in text instead.',
		workatoCause: CHAT_APPS_ONLY,
		fix: USE_SMS_BODY,
		inWorkato: describeFailedJob('not documented'),
		smsRelevant: false,
		origin: '8x8',
	},
	{
		code: 3005,
		status: 'not documented',
		name: 'Message text missing',
		meaning:
			'The text field is missing, empty or only spaces. In a recipe, this often means the ' +
			'email had no subject or body.',
		workatoCause: 'The text is only the Subject pill, and this email had no subject.',
		fix: 'Give the text a fallback, such as "New email (no subject)", for empty emails.',
		inWorkato: describeFailedJob('not documented'),
		smsRelevant: true,
		origin: '8x8',
	},
	{
		code: 3006,
		status: 'not documented',
		name: 'Message text too long',
		meaning:
			'The text is longer than one message may be: 10 parts, that is 1,530 GSM-7 or 670 ' +
			'UCS-2 characters.',
		workatoCause: 'The full email body pill was mapped into text.',
		fix: 'Map the Snippet pill instead of the full body, cut with a .slice(0, 600) formula.',
		inWorkato: describeFailedJob('not documented'),
		smsRelevant: true,
		origin: '8x8',
	},
	{
		code: 3007,
		status: 'not documented',
		name: 'Media URL missing',
		meaning: 'A chat-app message that carries a file has no URL for it; an SMS has no media.',
		workatoCause: CHAT_APPS_ONLY,
		fix: USE_SMS_BODY,
		inWorkato: describeFailedJob('not documented'),
		smsRelevant: false,
		origin: '8x8',
	},
	{
		code: 3008,
		status: 'not documented',
		name: 'Media URL not valid',
		meaning: 'The file URL of a chat-app message is not one 8x8 can fetch; an SMS has no media.',
		workatoCause: CHAT_APPS_ONLY,
		fix: USE_SMS_BODY,
		inWorkato: describeFailedJob('not documented'),
		smsRelevant: false,
		origin: '8x8',
	},
	{
		code: 3009,
		status: 'not documented',
		name: 'Message reference too long',
		meaning: 'The clientMessageId field may have at most 350 characters.',
		workatoCause: 'A long pill, such as the whole subject line, was mapped into clientMessageId.',
		fix: "Shorten clientMessageId, for example to the email's message ID.",
		inWorkato: describeFailedJob('not documented'),
		smsRelevant: true,
		origin: '8x8',
	},
	{
		code: 3010,
		status: 'not documented',
		name: 'Content type not valid',
		meaning:
			'A content type in the request is not one 8x8 takes. 8x8 does not say which field it ' +
			'checks; for an SMS, the likeliest is the Content-Type header.',
		workatoCause: 'The request content type of the action is not JSON.',
		fix: 'Set the request content type of the Send request action to JSON.',
		inWorkato: describeFailedJob('not documented'),
		smsRelevant: true,
		origin: '8x8',
	},
	{
		code: 3011,
		status: 'not documented',
		name: 'Sender ID too long',
		meaning: 'The source field may have at most 16 characters, and a sender name at most 11.',
		workatoCause: "A company name or the email sender's name was mapped into source.",
		fix: 'Shorten the sender ID to 11 characters or fewer, or remove it.',
		inWorkato: describeFailedJob('not documented'),
		smsRelevant: true,
		origin: '8x8',
	},
	{
		code: 3012,
		status: 'not documented',
		name: 'Batch has no messages',
		meaning: 'A batch request has no messages and no destinations, or its list is empty.',
		workatoCause: 'The list pill that feeds the batch was empty for this job.',
		fix: 'Add an IF step that skips the batch request when the list is empty.',
		inWorkato: describeFailedJob('not documented'),
		smsRelevant: true,
		origin: '8x8',
	},
	{
		code: 3013,
		status: 'not documented',
		name: 'Too many messages in one batch',
		meaning: 'One batch request may hold at most 10,000 messages or destinations.',
		workatoCause: 'A list pill with more than 10,000 rows was mapped into one batch request.',
		fix: 'Split the list into batches of at most 10,000.',
		inWorkato: describeFailedJob('not documented'),
		smsRelevant: true,
		origin: '8x8',
	},
	{
		code: 3014,
		status: 'not documented',
		name: 'Batch reference too long',
		meaning: 'The clientBatchId field may have at most 20 characters.',
		workatoCause:
			'A long pill, such as a sheet title or a file name, was mapped into clientBatchId.',
		fix: 'Use a clientBatchId of 20 characters or fewer, such as a date and a counter.',
		inWorkato: describeFailedJob('not documented'),
		smsRelevant: true,
		origin: '8x8',
	},
	{
		code: 3015,
		lastCode: 3060,
		status: 'not documented',
		name: 'Chat-apps errors',
		meaning:
			'Errors of chat-app messages: WhatsApp, Facebook, WeChat, Zalo and Kakao user IDs, ' +
			'templates, languages, parameters and fallback settings. Plain SMS never gets them.',
		workatoCause:
			'The request went to the chat-apps API, or reused a chat-apps subaccount or body.',
		fix: USE_SMS_BODY,
		inWorkato: describeFailedJob('not documented'),
		smsRelevant: false,
		origin: '8x8',
	},
] as const satisfies readonly ApiCodeWording[];
