// Ships to the browser: 8x8's codes 1000 to 1100, about values in the request.

import { describeFailedJob } from './describe-failed-job';
import type { ApiCodeWording } from './error-entry-schema';

/**
 * Codes 1000 to 1014 and 1100 of 8x8's error list: a parameter, the subaccount, the TLS
 * version or a batch size that 8x8 refuses. 8x8 lists no code 1013.
 */
export const REQUEST_CODES = [
	{
		code: 1000,
		status: 400,
		name: 'A value in the request is malformed',
		meaning:
			'One field of the JSON body, or the JSON itself, is not in the form 8x8 expects. The ' +
			"message usually names the parameter, as in 8x8's example about an umid that is not a UUID.",
		workatoCause:
			'A raw JSON body with a datapill typed inside quotes: a quote or a line break in the ' +
			'email breaks the JSON.',
		fix:
			'Set the request content type to JSON and map the pills into the body fields, so ' +
			'Workato escapes them.',
		inWorkato: describeFailedJob(400),
		smsRelevant: true,
		origin: '8x8',
	},
	{
		code: 1001,
		status: 401,
		name: 'Subaccount ID not found or not allowed',
		meaning:
			'The subaccount ID in the URL is not in the account this key belongs to, or it is ' +
			'misspelled. An ID has 3 to 50 letters, digits or the signs - . _ &.',
		workatoCause:
			'The ID was typed from memory (acme-hq for acme_hq), left as a placeholder, or belongs to ' +
			'another 8x8 account than the key.',
		fix: 'Copy the subaccount ID from 8x8 Connect (often yourname_hq) into the URL.',
		inWorkato: describeFailedJob(401),
		smsRelevant: true,
		origin: '8x8',
	},
	{
		code: 1002,
		status: 400,
		name: 'Destination phone number not accepted',
		meaning:
			'8x8 wants the country code then the number: 7 to 15 digits, no spaces, no leading 0, ' +
			'with an optional + in front.',
		workatoCause:
			'The phone pill holds a local number with a leading 0, or spaces, dashes, brackets or ' +
			'words around the digits.',
		fix: 'Write the number like +6591234567.',
		inWorkato: describeFailedJob(400),
		smsRelevant: true,
		origin: '8x8',
	},
	{
		code: 1003,
		status: 'not documented',
		name: 'Encoding not recognised',
		meaning: 'The encoding field may only be AUTO, GSM7 or UCS2, in capitals.',
		workatoCause:
			'A body copied from another tool or an old tutorial, with Auto, GSM7bit or UNICODE.',
		fix: 'Remove the encoding field, or set it to AUTO.',
		inWorkato: describeFailedJob('not documented'),
		smsRelevant: true,
		origin: '8x8',
	},
	{
		code: 1004,
		status: 'not documented',
		name: 'Message text not accepted',
		meaning: 'The text field must be a string of characters, such as "Hello".',
		workatoCause:
			'A list or object pill, such as a whole email structure, was mapped into text instead of ' +
			'a plain-text pill.',
		fix: 'Map a plain-text pill, such as Subject or Snippet, into the text field.',
		inWorkato: describeFailedJob('not documented'),
		smsRelevant: true,
		origin: '8x8',
	},
	{
		code: 1005,
		status: 'not documented',
		name: 'Sender ID not accepted',
		meaning:
			'A sender ID (source) is either up to 11 letters, digits and spaces, or a phone number ' +
			'of digits with an optional + in front.',
		workatoCause:
			"The source holds a name with accents, dashes or emoji, or the email sender's address.",
		fix: 'Shorten the sender ID, or remove the source field to use the default sender.',
		inWorkato: describeFailedJob('not documented'),
		smsRelevant: true,
		origin: '8x8',
	},
	{
		code: 1006,
		status: 'not documented',
		name: 'Expiry time not valid',
		meaning:
			'The expiry field is not an ISO 8601 date and time with an offset, such as ' +
			'2025-03-14T09:30:00+08:00.',
		workatoCause: 'A date pill without a time zone offset, or in another format, went into expiry.',
		fix: 'Send expiry as an ISO 8601 time with an offset, or leave the field out.',
		inWorkato: describeFailedJob('not documented'),
		smsRelevant: true,
		origin: '8x8',
	},
	{
		code: 1007,
		status: 'not documented',
		name: 'Batch template not valid',
		meaning:
			'The template of a batch request is missing or wrong, for example without the text the ' +
			'messages share.',
		workatoCause:
			'Only a recipe that posts to /messages/batch meets it: the template lacks text, or a ' +
			'single-message body went to the batch address.',
		fix: 'Give the batch a template with text, or send single messages to /messages instead.',
		inWorkato: describeFailedJob('not documented'),
		smsRelevant: true,
		origin: '8x8',
	},
	{
		code: 1008,
		status: 'not documented',
		name: 'An ID in the request is not valid',
		meaning:
			'An identifier, such as a umid, a batchId or an export job ID, is not in the expected form.',
		workatoCause:
			'In a recipe that looks up or cancels messages, the ID pill is empty or holds something ' +
			'else.',
		fix: 'Map the umid or batchId pill from the step that sent the message.',
		inWorkato: describeFailedJob('not documented'),
		smsRelevant: true,
		origin: '8x8',
	},
	{
		code: 1009,
		status: 'not documented',
		name: 'Country code not valid',
		meaning: 'The country field is not a two-letter ISO 3166 code, such as SG or GB.',
		workatoCause:
			'A country name such as Singapore, or a dialling code such as +65, went into country.',
		fix: 'Leave country out and write the destination with its country code instead.',
		inWorkato: describeFailedJob('not documented'),
		smsRelevant: true,
		origin: '8x8',
	},
	{
		code: 1010,
		status: 'not documented',
		name: 'A value is out of range',
		meaning: 'A value has the right type but lies outside the range 8x8 allows for it.',
		workatoCause:
			'A number or date built by a formula came out too large, too small or too far ahead.',
		fix: "Bring the value the message names back within 8x8's limits.",
		inWorkato: describeFailedJob('not documented'),
		smsRelevant: true,
		origin: '8x8',
	},
	{
		code: 1011,
		status: 'not documented',
		name: 'Schedule time not valid',
		meaning:
			'The scheduled field is not an ISO 8601 date and time with an offset, or it lies more ' +
			'than 7 days ahead.',
		workatoCause: 'A date pill without a time zone offset, or a delay added in the wrong unit.',
		fix: 'Leave scheduled out to send at once, or give a time with an offset within 7 days.',
		inWorkato: describeFailedJob('not documented'),
		smsRelevant: true,
		origin: '8x8',
	},
	{
		code: 1012,
		status: 'not documented',
		name: 'IP address not valid',
		meaning:
			"The clientIp field, used only for 8x8's optional per-IP rate limit, is not an IP address.",
		workatoCause:
			'A clientIp field copied from an example, left with a placeholder or an empty pill.',
		fix: 'Remove clientIp from the body: a Workato recipe does not need it.',
		inWorkato: describeFailedJob('not documented'),
		smsRelevant: true,
		origin: '8x8',
	},
	{
		code: 1014,
		status: 426,
		name: 'TLS version too old',
		meaning:
			'8x8 refused a connection made with an old TLS version and named TLS/1.3 in the Upgrade ' +
			"header. 8x8's example asks for TLS 1.3 or later for messages to Singapore.",
		workatoCause:
			'Custom TLS/SSL settings on the HTTP connection, or an on-premise agent with an older ' +
			'TLS setup.',
		fix: 'Clear custom TLS/SSL settings on the HTTP connection so it can use TLS 1.3.',
		inWorkato: describeFailedJob(426),
		smsRelevant: true,
		origin: '8x8',
	},
	{
		code: 1100,
		status: 'not documented',
		name: 'Bulk limit reached',
		meaning:
			"A bulk request went over one of 8x8's limits for sending many messages at once; one " +
			'batch holds at most 10,000 messages.',
		workatoCause: 'A batch recipe put a whole unfiltered list into one request.',
		fix: 'Split the list into batches of at most 10,000 messages.',
		inWorkato: describeFailedJob('not documented'),
		smsRelevant: true,
		origin: '8x8',
	},
] as const satisfies readonly ApiCodeWording[];
