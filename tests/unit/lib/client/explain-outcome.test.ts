import { describe, expect, it } from 'vitest';

import { explainOutcome } from '~/lib/client/explain-outcome';
import type { OutcomeFacts } from '~/lib/client/send-outcome';

const REQUEST = {
	method: 'POST' as const,
	url: 'https://sms.8x8.com/api/v1/subaccounts/acme_hq/messages',
	headers: { Authorization: 'Bearer [redacted]' },
};
const ERROR_ID = 'db9dced4-3534-4d86-9d18-6b448af0d621';

function httpError(status: number, code: number | null, message: string | null = null) {
	return {
		kind: 'http-error',
		status,
		rawBody: '',
		request: REQUEST,
		code,
		message,
		errorId: ERROR_ID,
		retryAfterSeconds: null,
	} satisfies OutcomeFacts;
}

function network(reason: 'unreachable' | 'header-rejected' | 'aborted') {
	return {
		kind: 'network-error',
		status: 0,
		rawBody: '',
		request: REQUEST,
		reason,
		headerName: reason === 'header-rejected' ? 'Authorization' : null,
		cause: { name: 'TypeError', message: 'Failed to fetch' },
	} satisfies OutcomeFacts;
}

function rejected(description: string) {
	return {
		kind: 'rejected',
		status: 200,
		rawBody: '',
		request: REQUEST,
		umid: null,
		description,
	} satisfies OutcomeFacts;
}

describe('explainOutcome', () => {
	it('explains a QUEUED answer as accepted for delivery with the umid', () => {
		const facts = {
			kind: 'accepted',
			status: 200,
			rawBody: '',
			request: REQUEST,
			umid: 'f9eaeb51-24fd-e611-813c-06ed3428fe67',
			encoding: 'GSM7',
			destination: '6591234567',
			clientMessageId: null,
		} satisfies OutcomeFacts;
		expect(explainOutcome(facts)).toMatchInlineSnapshot(`
			{
			  "detail": "8x8 queued the message to 6591234567 as GSM7, with message ID (umid) f9eaeb51-24fd-e611-813c-06ed3428fe67. Whether it reaches the phone is reported later.",
			  "fix": "Nothing to fix. Keep the umid to find this message in 8x8 Connect's logs.",
			  "title": "Accepted for delivery",
			}
		`);
	});

	it('explains a 200 REJECTED as a failure with its description', () => {
		const facts = {
			kind: 'rejected',
			status: 200,
			rawBody: '',
			request: REQUEST,
			umid: null,
			description: 'Invalid source: a sender name may have at most 11 characters',
		} satisfies OutcomeFacts;
		expect(explainOutcome(facts)).toMatchInlineSnapshot(`
			{
			  "detail": "8x8 answered 200 with status REJECTED: "Invalid source: a sender name may have at most 11 characters". A 200 status alone does not mean a message was sent.",
			  "fix": "Shorten the sender ID to 11 letters, digits or spaces, or remove it.",
			  "title": "Message rejected, not sent",
			}
		`);
	});

	it('explains 401 with code 1200 as a key missing, wrong, or not sent as Bearer', () => {
		const facts = httpError(401, 1200, 'Request was not authenticated properly');
		expect(explainOutcome(facts)).toMatchInlineSnapshot(`
			{
			  "detail": "8x8 did not accept the Authorization header. It must read Bearer, one space, then the whole API key, with nothing else around it. 8x8 said: "Request was not authenticated properly" (code 1200).",
			  "fix": "Copy the key again from 8x8 Connect and set the header value to Bearer, a space, the key.",
			  "title": "API key missing, wrong, or not sent as Bearer (401)",
			}
		`);
	});

	it('explains 403 with code 1201 as a known key that may not do this', () => {
		const facts = httpError(403, 1201, 'Access forbidden');
		expect(explainOutcome(facts)).toMatchInlineSnapshot(`
			{
			  "detail": "8x8 recognised the API key, so the key itself is fine, but it may not do this: most often, send for this subaccount. 8x8's own example is asking for the balance of an account that is not prepaid. 8x8 said: "Access forbidden" (code 1201).",
			  "fix": "Use a subaccount this key may send with, or create a key for it in 8x8 Connect.",
			  "title": "Key valid, but not allowed for this subaccount or action (403)",
			}
		`);
	});

	it('explains 404 with code 1001 as an unknown subaccount', () => {
		expect(explainOutcome(httpError(404, 1001))).toMatchInlineSnapshot(`
			{
			  "detail": "The subaccount ID in the URL is not in the account this key belongs to, or it is misspelled. An ID has 3 to 50 letters, digits or the signs - . _ &.",
			  "fix": "Copy the subaccount ID from 8x8 Connect (often yourname_hq) into the URL.",
			  "title": "Subaccount ID not found or not allowed (404)",
			}
		`);
	});

	it('explains 415 as a body not sent as JSON', () => {
		expect(explainOutcome(httpError(415, 415))).toMatchInlineSnapshot(`
			{
			  "detail": "The Content-Type header must be application/json, or the body cannot be read. Status and code 415 come from this site's mock: 8x8 documents neither and may answer 400.",
			  "fix": "Set the request content type of the Send request action to JSON.",
			  "title": "Body not sent as JSON (415)",
			}
		`);
	});

	it('explains a blocked call as CORS, not as a key problem', () => {
		expect(explainOutcome(network('unreachable'))).toMatchInlineSnapshot(`
			{
			  "detail": "No answer came from https://sms.8x8.com. Browsers stop web pages from calling the 8x8 API directly (CORS), and a lost connection looks the same. This is not a problem with your API key.",
			  "fix": "Send from mock mode, the curl command or Workato instead: they are not blocked.",
			  "title": "The browser blocked the call",
			}
		`);
	});

	it('explains a refused header value', () => {
		expect(explainOutcome(network('header-rejected'))).toMatchInlineSnapshot(`
			{
			  "detail": "The Authorization header holds a line break or a character browsers cannot send, such as an invisible space copied with the key. The request never left this page.",
			  "fix": "Paste the key into the key box again, so it is cleaned before sending.",
			  "title": "The browser refused a header value",
			}
		`);
	});

	it('explains a 200 that is not 8x8 JSON as a bad response', () => {
		const facts = {
			kind: 'bad-response',
			status: 200,
			rawBody: '<html>',
			request: REQUEST,
		} as const;
		expect(explainOutcome(facts)).toMatchInlineSnapshot(`
			{
			  "detail": "The answer from https://sms.8x8.com/api/v1/subaccounts/acme_hq/messages is not 8x8's JSON, so something else answered: a proxy, a sign-in page or a wrong address.",
			  "fix": "Check that the URL starts with your region's 8x8 address, like https://sms.8x8.com.",
			  "title": "Answer not from the 8x8 API (200)",
			}
		`);
	});

	it.each([
		{ code: 1000, status: 400, title: 'A value in the request is malformed (400)' },
		{ code: 1001, status: 401, title: 'Subaccount ID not found or not allowed (401)' },
		{ code: 1002, status: 400, title: 'Destination phone number not accepted (400)' },
		{ code: 1003, status: 400, title: 'Encoding not recognised (400)' },
		{ code: 1004, status: 400, title: 'Message text not accepted (400)' },
		{ code: 1005, status: 400, title: 'Sender ID not accepted (400)' },
		{ code: 1200, status: 401, title: 'API key missing, wrong, or not sent as Bearer (401)' },
		{
			code: 1201,
			status: 403,
			title: 'Key valid, but not allowed for this subaccount or action (403)',
		},
		{ code: 1300, status: 404, title: 'Nothing found at this address (404)' },
		{ code: 2000, status: 500, title: "Problem on 8x8's side (500)" },
		{ code: 3002, status: 400, title: 'Destination phone number missing (400)' },
		{ code: 3005, status: 400, title: 'Message text missing (400)' },
		{ code: 3009, status: 400, title: 'Message reference too long (400)' },
		{ code: 3011, status: 400, title: 'Sender ID too long (400)' },
		{ code: 415, status: 415, title: 'Body not sent as JSON (415)' },
		{ code: 429, status: 429, title: 'Too many requests (429)' },
	])('gives code $code its own title', ({ code, status, title }) => {
		expect(explainOutcome(httpError(status, code)).title).toBe(title);
	});

	it.each([
		{ status: 401, title: 'API key missing, wrong, or not sent as Bearer (401)' },
		{ status: 403, title: 'Key valid, but not allowed for this subaccount or action (403)' },
		{ status: 404, title: 'Nothing found at this address (404)' },
		{ status: 405, title: 'Wrong HTTP method (405)' },
		{ status: 502, title: "Problem on 8x8's side (502)" },
		{ status: 400, title: 'Request malformed or a value not valid (400)' },
		{ status: 418, title: 'Request not accepted (418)' },
	])('falls back to the status $status when the code is unknown', ({ status, title }) => {
		expect(explainOutcome(httpError(status, null)).title).toBe(title);
	});

	it('prefers the code to the status, so 401 with code 1001 is about the subaccount', () => {
		expect(explainOutcome(httpError(401, 1001)).title).toMatch(/^Subaccount ID/);
	});

	it.each([
		{ retryAfterSeconds: 5, fix: 'Wait 5 seconds, then send again.' },
		{
			retryAfterSeconds: null,
			fix: 'Wait a few seconds, or as many as the Retry-After header says, then send again.',
		},
	])('tells how long to wait after a 429 with Retry-After $retryAfterSeconds', (row) => {
		const facts = { ...httpError(429, 429), retryAfterSeconds: row.retryAfterSeconds };
		expect(explainOutcome(facts).fix).toBe(row.fix);
	});

	it('gives the error ID to quote to support for an internal error', () => {
		expect(explainOutcome(httpError(500, 2000)).detail).toContain(ERROR_ID);
	});

	it("explains a rejection in 8x8's own words with its catalogue meaning and fix", () => {
		expect(explainOutcome(rejected('Expiry time already reached'))).toMatchInlineSnapshot(`
			{
			  "detail": "8x8 answered 200 with status REJECTED: "Expiry time already reached". The expiry time was already in the past when 8x8 got the message. A 200 status alone does not mean a message was sent.",
			  "fix": "Set a later expiry with a time zone offset, or leave the field out.",
			  "title": "Message rejected, not sent",
			}
		`);
	});

	it("matches 8x8's rejection descriptions whatever their letter case", () => {
		const fix = explainOutcome(rejected(' text value is MISSING ')).fix;
		expect(fix).toBe('Put fixed words in front of the pill, so the text is never empty.');
	});

	it('asks to correct what the reason names for a rejection it does not know', () => {
		const fix = explainOutcome(rejected('Destination is on a block list')).fix;
		expect(fix).toBe('Correct what the reason names, then send again.');
	});

	it('explains a cancelled request', () => {
		expect(explainOutcome(network('aborted')).title).toBe('The request was cancelled');
	});
});

describe('explainOutcome for live sends', () => {
	it('uses the relay refusal in its own words', () => {
		const message = { title: 'T.', detail: 'D.', fix: 'F.' };
		const facts = {
			kind: 'relay-refused',
			status: 504,
			rawBody: '',
			request: REQUEST,
			relayError: 'UPSTREAM_TIMEOUT',
			message,
		} satisfies OutcomeFacts;
		expect(explainOutcome(facts)).toEqual(message);
	});

	it('says a live send that timed out has an unknown outcome', () => {
		expect(explainOutcome(network('aborted'), { live: true })).toMatchInlineSnapshot(`
			{
			  "detail": "The page stopped waiting before an answer came, so nobody knows whether 8x8 accepted the message. It may arrive, and it may be billed.",
			  "fix": "Look for the message in 8x8 Connect's logs (search by its clientMessageId if it has one) before you send again, so it is not sent twice.",
			  "title": "No answer in time: the SMS may or may not be sent",
			}
		`);
	});

	it('warns that a retry after a 5xx may send twice, with the error ID', () => {
		const { detail } = explainOutcome(httpError(503, null), { live: true });
		expect(detail).toContain(`Error ID: ${ERROR_ID}.`);
		expect(detail).toContain('sending again may send it twice');
	});
});
