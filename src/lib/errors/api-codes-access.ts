// Ships to the browser: 8x8's codes for access, rate and platform problems.

import { describeFailedJob } from './describe-failed-job';
import type { ApiCodeWording } from './error-entry-schema';

/**
 * Codes 1200 to 1400 and 2000 to 2003 of 8x8's error list, the 429 that 8x8 also puts in the
 * body, 4018 from the export endpoints of its OpenAPI file, and 415, which only the mock sends.
 */
export const ACCESS_CODES = [
	{
		code: 1200,
		status: 401,
		name: 'API key missing, wrong, or not sent as Bearer',
		meaning:
			'8x8 did not accept the Authorization header. It must read Bearer, one space, then the ' +
			'whole API key, with nothing else around it.',
		workatoCause:
			'The Header auth value lacks Bearer, holds a space or line break copied with the key, or ' +
			'the key was disabled or rotated in 8x8 Connect.',
		fix: 'Copy the key again from 8x8 Connect and set the header value to Bearer, a space, the key.',
		inWorkato: describeFailedJob(401),
		smsRelevant: true,
		origin: '8x8',
	},
	{
		code: 1201,
		status: 403,
		name: 'Key valid, but not allowed for this subaccount or action',
		meaning:
			'8x8 recognised the API key, so the key itself is fine, but it may not do this: most ' +
			"often, send for this subaccount. 8x8's own example is asking for the balance of an " +
			'account that is not prepaid.',
		workatoCause:
			'The key does not cover this subaccount, or the subaccount only takes calls from listed ' +
			'IP addresses.',
		fix: 'Use a subaccount this key may send with, or create a key for it in 8x8 Connect.',
		inWorkato: describeFailedJob(403),
		smsRelevant: true,
		origin: '8x8',
	},
	{
		code: 1300,
		status: 404,
		name: 'Nothing found at this address',
		meaning:
			'8x8 has nothing at this URL, or the message or export it names does not exist or has ' +
			"expired. Sending goes to your region's base URL, then /api/v1/subaccounts/, your " +
			'subaccount ID and /messages.',
		workatoCause: 'A typo, a double slash or a leftover placeholder in the request URL.',
		fix: 'Check the URL for typos, double slashes or a placeholder left in place of the ID.',
		inWorkato: describeFailedJob(404),
		smsRelevant: true,
		origin: '8x8',
	},
	{
		code: 1400,
		status: 'not documented',
		name: 'Sent again too soon',
		meaning:
			'The request repeats an earlier one before the waiting time 8x8 enforces between resends ' +
			'has passed. 8x8 does not say how long that time is.',
		workatoCause: 'A retry in a Handle errors step, or a rerun job, sent the same request at once.',
		fix: 'Give the retry in Handle errors a longer wait before it sends again.',
		inWorkato: describeFailedJob('not documented'),
		smsRelevant: true,
		origin: '8x8',
	},
	{
		code: 2000,
		status: 500,
		name: "Problem on 8x8's side",
		meaning:
			'The fault is with 8x8, not with your request. The errorId in the reply lets 8x8 support ' +
			'find what happened.',
		workatoCause: 'Nothing in the recipe: 8x8 had an internal fault or an outage.',
		fix: 'Wait a minute and send again; if it keeps failing, give 8x8 support the error ID.',
		inWorkato:
			`${describeFailedJob(500)} A Handle errors step with one or two retries rides out a short ` +
			'outage.',
		smsRelevant: true,
		origin: '8x8',
	},
	{
		code: 2001,
		status: 'not documented',
		name: 'Function not available here',
		meaning:
			'8x8 does not offer what the request asks for at this address, such as a method other ' +
			'than POST on the send address. The mock answers it with status 405.',
		workatoCause: "The action's method is GET, PUT or PATCH instead of POST, or the URL is wrong.",
		fix: 'Set the method to POST and the URL to the one that ends in /messages.',
		inWorkato: describeFailedJob('not documented'),
		smsRelevant: true,
		origin: '8x8',
	},
	{
		code: 2002,
		status: 410,
		name: 'API version not supported',
		meaning: 'The URL names an API version 8x8 does not serve; the send address uses /api/v1.',
		workatoCause: 'A URL copied from an old tutorial, or a version edited by hand.',
		fix: "Put /api/v1/subaccounts/{subAccountId}/messages after your region's base URL.",
		inWorkato: describeFailedJob(410),
		smsRelevant: true,
		origin: '8x8',
	},
	{
		code: 2003,
		status: 'not documented',
		name: 'Product not supported for this subaccount',
		meaning:
			'The subaccount is not set up for the product the request uses. Chat apps such as ' +
			'WhatsApp need their own subaccount, separate from the SMS one.',
		workatoCause: 'The URL holds the ID of a chat-apps subaccount instead of an SMS one.',
		fix: 'Use the ID of an SMS subaccount from 8x8 Connect.',
		inWorkato: describeFailedJob('not documented'),
		smsRelevant: true,
		origin: '8x8',
	},
	{
		code: 429,
		status: 429,
		name: 'Too many requests',
		meaning:
			'8x8 limits each subaccount to 1,800 requests a second by default, and each IP address ' +
			'to 3,000. The Retry-After header says how many seconds to wait.',
		workatoCause:
			'Rare for one mailbox: it takes a burst, such as a recipe catching up on a backlog, or ' +
			'other systems sending through the same subaccount.',
		fix: 'Wait a few seconds, or as many as the Retry-After header says, then send again.',
		inWorkato:
			`${describeFailedJob(429)} Workato does not repeat a POST by itself; a Handle errors ` +
			'step can retry it after a wait.',
		smsRelevant: true,
		origin: '8x8',
	},
	{
		code: 4018,
		status: 404,
		name: 'Export job not found',
		meaning:
			"The ID of a message-log export job is unknown or malformed. 8x8's OpenAPI file shows " +
			'this code on the export endpoints; its list of error codes leaves it out.',
		workatoCause: 'A recipe that polls or cancels an export used an empty or stale jobId pill.',
		fix: 'Map the jobId pill from the step that started the export.',
		inWorkato: describeFailedJob(404),
		smsRelevant: true,
		origin: '8x8',
	},
	{
		code: 415,
		status: 415,
		name: 'Body not sent as JSON',
		meaning:
			'The Content-Type header must be application/json, or the body cannot be read. Status and ' +
			"code 415 come from this site's mock: 8x8 documents neither and may answer 400.",
		workatoCause:
			'The request content type is text, XML or a form instead of JSON, or a Content-Type row ' +
			'in the request headers overrides it.',
		fix: 'Set the request content type of the Send request action to JSON.',
		inWorkato: describeFailedJob(415),
		smsRelevant: true,
		origin: 'mock',
	},
] as const satisfies readonly ApiCodeWording[];
