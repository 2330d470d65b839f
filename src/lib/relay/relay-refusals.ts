// Ships to the browser if a page imports it: the local relay's refusals, worded for readers.

import type { Issue } from '~/lib/issue';

/** Why the relay refused a request, as a stable UPPER_SNAKE code. */
export type RelayRefusalCode = keyof typeof RELAY_REFUSALS;

/** What the relay says when it refuses: HTTP status and the three-part message. */
export interface RelayRefusal {
	status: number;
	title: string;
	detail: string;
	fix: string;
}

/** The JSON body of every refusal; `relayError` tells it apart from an answer of 8x8. */
export interface RelayErrorBody {
	relayError: RelayRefusalCode;
	title: string;
	detail: string;
	fix: string;
}

const ROUTE = 'POST /relay/sms/{region}/api/v1/subaccounts/{subAccountId}/messages (or …/batch)';

/**
 * Every refusal of the local relay, keyed by code. 8x8 never sees a refused request. Statuses
 * follow HTTP's meaning: 4xx when the request was wrong, 502 and 504 when 8x8's side was.
 */
export const RELAY_REFUSALS = {
	ROUTE_NOT_FOUND: {
		status: 404,
		title: 'The relay has no route for this path.',
		detail: `The relay forwards one request shape only: ${ROUTE}.`,
		fix: 'Send from the guide page, which builds the relay path for you.',
	},
	PATH_ENCODING: {
		status: 400,
		title: 'The relay path has a query or percent-encoding.',
		detail: 'Only %26 (for &) may be encoded in a subaccount ID, and 8x8 takes no query here.',
		fix: 'Use the subaccount ID as shown in the 8x8 Connect portal, without a query.',
	},
	REGION_UNKNOWN: {
		status: 404,
		title: "The region in the relay path is not one of 8x8's.",
		detail: "The relay only reaches 8x8's four SMS hosts: regions ap, us, eu and id.",
		fix: 'Pick the region your 8x8 account was created in.',
	},
	SUBACCOUNT_INVALID: {
		status: 400,
		title: 'The subaccount ID in the relay path is not valid.',
		detail: '8x8 subaccount IDs are 3 to 50 letters, digits, or the characters - . _ &.',
		fix: 'Copy the subaccount ID from the 8x8 Connect portal.',
	},
	METHOD_NOT_ALLOWED: {
		status: 405,
		title: 'The relay only accepts POST.',
		detail: 'Sending an SMS is a POST; the relay answers no other method, and no CORS preflight.',
		fix: 'Send the request with the POST method from the guide page.',
	},
	HOST_NOT_ALLOWED: {
		status: 421,
		title: 'The Host header does not name this server.',
		detail: 'The server only answers to the address it listens on, which stops DNS rebinding.',
		fix: 'Open the guide at the address `npm start` printed.',
	},
	ORIGIN_MISSING: {
		status: 403,
		title: 'The request has no Origin header.',
		detail: "The relay only serves the guide's own pages, which browsers mark with an Origin.",
		fix: 'Send from the guide page; outside a browser, call 8x8 directly (see the curl snippet).',
	},
	ORIGIN_NOT_ALLOWED: {
		status: 403,
		title: 'The request comes from another site.',
		detail: 'The relay only serves pages of this server, so other sites cannot use your key.',
		fix: 'Send from the guide page at the address `npm start` printed.',
	},
	CONTENT_TYPE_NOT_JSON: {
		status: 415,
		title: 'The request body is not sent as JSON.',
		detail: '8x8 needs Content-Type: application/json, and the relay forwards nothing else.',
		fix: 'Set the Content-Type header to application/json.',
	},
	HEADER_INVALID: {
		status: 400,
		title: 'The Authorization header cannot be forwarded.',
		detail: 'It must be sent once, in printable ASCII, and under 4,096 characters.',
		fix: 'Paste the API key again with the key checker, then send.',
	},
	BODY_TOO_LARGE: {
		status: 413,
		title: "The request body is over the relay's 64 KB limit.",
		detail: 'One SMS request is well under 64 KB; the cap keeps the relay from holding floods.',
		fix: 'Send fewer messages per batch, or a shorter text.',
	},
	BODY_TIMEOUT: {
		status: 408,
		title: 'The request body did not arrive in time.',
		detail: 'The relay waits a few seconds for a body, so slow senders cannot hold it open.',
		fix: 'Check the network connection and send again.',
	},
	RATE_LIMITED: {
		status: 429,
		title: 'Too many sends through the relay in the last minute.',
		detail: 'The relay caps live sends per client, so a loop cannot spend your 8x8 credit.',
		fix: 'Wait for the number of seconds in Retry-After, then send again.',
	},
	UPSTREAM_TIMEOUT: {
		status: 504,
		title: '8x8 did not answer in time.',
		detail: 'The relay waits 15 seconds for 8x8; the SMS may or may not have been accepted.',
		fix: "Check the 8x8 Connect portal's message logs before you send again.",
	},
	UPSTREAM_UNREACHABLE: {
		status: 502,
		title: 'The relay could not reach 8x8.',
		detail: 'The connection to 8x8 failed or broke before an answer came back.',
		fix: 'Check that this machine is online, then send again.',
	},
	UPSTREAM_REDIRECT: {
		status: 502,
		title: '8x8 answered with a redirect, which the relay does not follow.',
		detail: 'Following it could send your key to another host, so the relay stops there.',
		fix: "Check the region: each 8x8 account answers on its own region's host.",
	},
	UPSTREAM_TOO_LARGE: {
		status: 502,
		title: "8x8's answer is over the relay's 1 MB limit.",
		detail: 'An SMS answer is a few hundred bytes, so an answer this large is not from 8x8.',
		fix: 'Send again later; if it persists, check the 8x8 status page.',
	},
	MALFORMED_REQUEST: {
		status: 400,
		title: 'The request is not well-formed HTTP.',
		detail: 'The relay refuses ambiguous framing, such as two Content-Length headers.',
		fix: 'Send from the guide page, whose browser frames requests correctly.',
	},
} as const satisfies Record<string, RelayRefusal>;

/** Returns the JSON body of a refusal: its code, title, detail and fix. */
export function relayErrorBody(code: RelayRefusalCode): RelayErrorBody {
	const { title, detail, fix } = RELAY_REFUSALS[code];
	return { relayError: code, title, detail, fix };
}

/** Returns the refusal `code` as a blocking issue about the request part `path`. */
export function refusalIssue(code: RelayRefusalCode, path: string): Issue {
	const { title, detail, fix } = RELAY_REFUSALS[code];
	return { code, severity: 'error', path, title, detail, fix };
}

/** Returns the refusal code an issue from the relay's checks carries. */
export function refusalCodeOf(issues: readonly Issue[]): RelayRefusalCode {
	const code = issues[0]?.code;
	return code !== undefined && Object.hasOwn(RELAY_REFUSALS, code)
		? (code as RelayRefusalCode)
		: 'MALFORMED_REQUEST';
}
