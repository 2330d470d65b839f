// Ships to the browser: what an SMS send outcome means, in words for non-programmers.

import { findRejectionReason } from '~/lib/errors/error-catalogue';

import { explainAccepted } from './explain-accepted';
import { explainHttpError } from './explain-http-error';
import type { Explanation, OutcomeFacts } from './send-outcome';

/** How the request was sent, where the wording depends on it. */
export interface ExplainOptions {
	/** True for a real send (to 8x8 or through the relay), false for the mock. @default false */
	live?: boolean;
}

/**
 * Returns the title, detail and fix a widget shows for an outcome. A REJECTED answer is always a
 * failure even though its status is 200, and a call the browser blocked is never blamed on the
 * API key. A relay refusal is explained in the relay's own words. A live send that timed out is
 * reported as of unknown outcome. Texts never contain header values.
 */
export function explainOutcome(facts: OutcomeFacts, options: ExplainOptions = {}): Explanation {
	switch (facts.kind) {
		case 'accepted':
			return explainAccepted(facts);
		case 'rejected':
			return explainRejection(facts.description);
		case 'http-error':
			return explainHttpError(facts);
		case 'relay-refused':
			return { ...facts.message };
		case 'network-error':
			return facts.reason === 'aborted' && options.live === true
				? LIVE_ABORTED
				: explainNetworkError(facts);
		case 'bad-response':
			return {
				title: `Answer not from the 8x8 API (${facts.status})`,
				detail:
					`The answer from ${facts.request.url} is not 8x8's JSON, so something else ` +
					'answered: a proxy, a sign-in page or a wrong address.',
				fix: "Check that the URL starts with your region's 8x8 address, like https://sms.8x8.com.",
			};
	}
}

// 8x8's own descriptions match exactly. Other wording that names the sender (the mock's, for
// one) still gets the sender fix, which covers both a long and an odd-character sender name.
function explainRejection(description: string): Explanation {
	const reason = findRejectionReason(description);
	const meaning = reason ? ` ${reason.meaning}` : '';
	const namesSender = /source|sender/i.test(description);
	const fallback = namesSender ? findRejectionReason(SOURCE_TOO_LONG) : undefined;
	return {
		title: 'Message rejected, not sent',
		detail:
			`8x8 answered 200 with status REJECTED: "${description}".${meaning} ` +
			'A 200 status alone does not mean a message was sent.',
		fix: (reason ?? fallback)?.fix ?? 'Correct what the reason names, then send again.',
	};
}

const SOURCE_TOO_LONG = 'Invalid Source value. Reached max allowed limit';

const LIVE_ABORTED: Explanation = {
	title: 'No answer in time: the SMS may or may not be sent',
	detail:
		'The page stopped waiting before an answer came, so nobody knows whether 8x8 accepted ' +
		'the message. It may arrive, and it may be billed.',
	fix:
		"Look for the message in 8x8 Connect's logs (search by its clientMessageId if it has one) " +
		'before you send again, so it is not sent twice.',
};

function explainNetworkError(facts: Extract<OutcomeFacts, { kind: 'network-error' }>) {
	switch (facts.reason) {
		case 'header-rejected':
			return HEADER_NAME.test(facts.headerName ?? '')
				? {
						title: 'The browser refused a header value',
						detail:
							`The ${facts.headerName} header holds a line break or a character browsers ` +
							'cannot send, such as an invisible space copied with the key. ' +
							'The request never left this page.',
						fix: 'Paste the key into the key box again, so it is cleaned before sending.',
					}
				: {
						title: 'The browser refused a header name',
						detail:
							`The header name "${facts.headerName}" has a space, a colon or another sign ` +
							'that header names cannot contain. The request never left this page.',
						fix: 'Type the header name alone, for example Authorization, with no colon.',
					};
		case 'aborted':
			return {
				title: 'The request was cancelled',
				detail: 'Sending stopped before 8x8 answered: it timed out or was cancelled.',
				fix: 'Send again.',
			};
		case 'unreachable':
			return {
				title: 'The browser blocked the call',
				detail:
					`No answer came from ${origin(facts.request.url)}. Browsers stop web pages from ` +
					'calling the 8x8 API directly (CORS), and a lost connection looks the same. ' +
					'This is not a problem with your API key.',
				fix: 'Send from mock mode, the curl command or Workato instead: they are not blocked.',
			};
	}
}

// The `token` grammar of RFC 9110, section 5.6.2.
const HEADER_NAME = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;

function origin(url: string): string {
	try {
		return new URL(url).origin;
	} catch {
		return url;
	}
}
