// Ships to the browser: the HTTP statuses of 8x8's SMS API, worded for a Workato recipe.

import { describeFailedJob } from './describe-failed-job';
import type { HttpStatusEntry } from './error-entry-schema';

const NEVER_FROM_SEND = 'A send-SMS recipe does not get it: sending answers 200.';

/**
 * Every status 8x8 lists for the SMS API, plus 405 and 415, which only the mock gives. The
 * send endpoint itself answers 200, 400, 401, 426 and 500 in 8x8's OpenAPI file; the other
 * statuses come from other SMS endpoints or 8x8's general error page.
 */
export const HTTP_STATUSES = [
	{
		status: 200,
		name: 'Request read: message queued or rejected',
		meaning:
			'8x8 read the request and answered with the message status. Its status.code is QUEUED ' +
			'when the message will go out, or REJECTED when it will not, with the reason in ' +
			'status.description.',
		workatoCause:
			'Every readable request ends here; a REJECTED one usually traces back to a datapill, ' +
			'such as an empty subject, a long sender name or a number without its country code.',
		fix: 'Check that status.code in the output says QUEUED; if not, fix what the description names.',
		inWorkato:
			'The step and the job succeed even for REJECTED, because Workato only looks at the HTTP ' +
			'status; an IF step on status.code is the way to catch a rejection.',
		smsRelevant: true,
		origin: '8x8',
	},
	{
		status: 201,
		name: 'Created',
		meaning: '8x8 made something new, such as a webhook, and says so with this general status.',
		workatoCause: NEVER_FROM_SEND,
		fix: 'Nothing to fix; if you meant to send an SMS, check that the URL ends in /messages.',
		inWorkato: 'The step succeeds like any 2xx answer.',
		smsRelevant: false,
		origin: '8x8',
	},
	{
		status: 202,
		name: 'Accepted for later',
		meaning:
			'8x8 took the request and finishes it in the background, as for a message log export ' +
			'or for removing personal data from a message.',
		workatoCause: `Only a recipe that starts such a job gets it. ${NEVER_FROM_SEND}`,
		fix: 'Nothing to fix; poll the export with the jobId from the answer if you started one.',
		inWorkato: 'The step succeeds at once, while the work itself finishes later.',
		smsRelevant: false,
		origin: '8x8',
	},
	{
		status: 204,
		name: 'Done, with an empty answer',
		meaning: 'The request worked and the answer has no body, as when an export job is cancelled.',
		workatoCause: `Only a recipe that cancels an export job gets it. ${NEVER_FROM_SEND}`,
		fix: 'Nothing to fix; expect no output datapills from this step.',
		inWorkato: 'The step succeeds, and its output has no fields to map.',
		smsRelevant: false,
		origin: '8x8',
	},
	{
		status: 400,
		name: 'Request malformed or a value not valid',
		meaning:
			'8x8 could not read the JSON, or a field in it broke a rule. The code in the reply names ' +
			'the rule.',
		workatoCause:
			'Most often a datapill inside a hand-typed JSON body: a quote or line break in the email ' +
			'breaks the JSON. An empty pill or a number without its country code also ends here.',
		fix: "Look up the reply's code under Errors and fixes, and correct the field it points to.",
		inWorkato: describeFailedJob(400),
		smsRelevant: true,
		origin: '8x8',
	},
	{
		status: 401,
		name: 'API key missing, wrong, or not sent as Bearer',
		meaning:
			'8x8 could not tell who is calling: the Authorization header is missing, malformed or ' +
			"holds a key it does not know. A subaccount outside the key's account has been seen to " +
			'get 401 too, with code 1001.',
		workatoCause:
			'The Header auth value lacks the word Bearer, carries a space or line break copied with ' +
			'the key, or the key was disabled or rotated. Clicking Connect does not test the key, so ' +
			'this shows on the first real request.',
		fix:
			"Set the connection's header value to Bearer, one space, then the key copied again from " +
			'8x8 Connect.',
		inWorkato:
			`${describeFailedJob(401)} The Authorization header is not in the step's Input tab, ` +
			'because the connection adds it.',
		smsRelevant: true,
		origin: '8x8',
	},
	{
		status: 403,
		name: 'Key valid, but not allowed for this subaccount or action',
		meaning:
			"8x8 knows the key but refuses this request for the key or the account. 8x8's own " +
			'example is the balance endpoint on an account that is not prepaid.',
		workatoCause:
			'The key may not cover this subaccount, or the subaccount may only take calls from listed ' +
			"IP addresses that leave out Workato's.",
		fix: 'Check in 8x8 Connect that the key covers this subaccount and no IP allow list blocks it.',
		inWorkato: describeFailedJob(403),
		smsRelevant: true,
		origin: '8x8',
	},
	{
		status: 404,
		name: 'Nothing found at this address',
		meaning:
			'The URL leads to nothing 8x8 has: a mistyped path, or a message, batch or export ID ' +
			'that does not exist or has expired.',
		workatoCause:
			'The request URL has a typo, a double slash or a placeholder such as {subAccountId} left ' +
			'in it.',
		fix:
			"Rebuild the URL from your region's base URL, /api/v1/subaccounts/, the subaccount ID " +
			'and /messages.',
		inWorkato: describeFailedJob(404),
		smsRelevant: true,
		origin: '8x8',
	},
	{
		status: 405,
		name: 'Wrong HTTP method',
		meaning:
			'The send address only takes POST. 8x8 does not document this status: it is how this ' +
			"site's mock answers any other method.",
		workatoCause: "The Send request action's method is GET, PUT or another one instead of POST.",
		fix: 'Set the method of the Send request action to POST.',
		inWorkato: describeFailedJob(405),
		smsRelevant: true,
		origin: 'mock',
	},
	{
		status: 410,
		name: 'API version no longer served',
		meaning:
			'The address names an API version 8x8 has retired. Code 2002 says the same in the body.',
		workatoCause: 'A URL from an old tutorial or screenshot, with a version other than /api/v1.',
		fix: "Put /api/v1/subaccounts/{subAccountId}/messages after your region's base URL.",
		inWorkato: describeFailedJob(410),
		smsRelevant: true,
		origin: '8x8',
	},
	{
		status: 415,
		name: 'Body not sent as JSON',
		meaning:
			'The Content-Type header is not application/json, so the body cannot be read. 8x8 does ' +
			"not document 415: this site's mock answers with it, and 8x8 itself may answer 400.",
		workatoCause:
			'The request content type is text, XML or a form instead of JSON, or a Content-Type row ' +
			'in the request headers overrides it.',
		fix: 'Set the request content type of the Send request action to JSON.',
		inWorkato: describeFailedJob(415),
		smsRelevant: true,
		origin: 'mock',
	},
	{
		status: 422,
		name: 'Request read, but a value cannot be used',
		meaning:
			'The JSON is well formed, yet a value in it makes no sense to 8x8. 8x8 lists the status ' +
			'without naming a code for it.',
		workatoCause:
			'Likely a value built by a formula or pill that is valid JSON but unusable, such as a ' +
			'date in a form 8x8 does not read.',
		fix: "Compare the job's Input tab with a body 8x8 accepted, and correct the value that differs.",
		inWorkato: describeFailedJob(422),
		smsRelevant: true,
		origin: '8x8',
	},
	{
		status: 426,
		name: 'Connection uses a TLS version that is too old',
		meaning:
			'The HTTPS connection used an older TLS version than 8x8 accepts. The reply has code 1014 ' +
			'and an Upgrade header naming TLS/1.3.',
		workatoCause:
			"Workato's cloud connects with current TLS, so suspect custom TLS/SSL settings on the " +
			'HTTP connection or an on-premise agent with an older TLS setup.',
		fix: 'Clear custom TLS/SSL settings on the HTTP connection so it can use TLS 1.3.',
		inWorkato: describeFailedJob(426),
		smsRelevant: true,
		origin: '8x8',
	},
	{
		status: 429,
		name: 'Too many requests',
		meaning:
			"The subaccount or the calling IP address went over 8x8's rate limit. The Retry-After " +
			'header says how many seconds to wait.',
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
		status: 500,
		name: "Problem on 8x8's side",
		meaning:
			'Something failed inside 8x8 while it handled the request. The reply has code 2000 and an ' +
			'errorId that 8x8 support can trace.',
		workatoCause: 'Nothing in the recipe: 8x8 had an internal fault or an outage.',
		fix: 'Wait a minute and send again; if it keeps failing, give 8x8 support the error ID.',
		inWorkato:
			`${describeFailedJob(500)} A Handle errors step with one or two retries rides out a short ` +
			'outage.',
		smsRelevant: true,
		origin: '8x8',
	},
] as const satisfies readonly HttpStatusEntry[];
