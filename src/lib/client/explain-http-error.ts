// Ships to the browser: plain-words explanations for 8x8's error codes and statuses.

import type { Explanation, OutcomeFacts } from './send-outcome';

type HttpErrorFacts = Extract<OutcomeFacts, { kind: 'http-error' }>;
type Entry = (facts: HttpErrorFacts) => Explanation;

const unauthorized: Entry = () => ({
	title: 'API key missing, wrong, or not sent as Bearer',
	detail:
		'8x8 did not accept the Authorization header. It must read Bearer, one space, then the ' +
		'whole API key, with nothing else around it.',
	fix: 'Copy the key again from 8x8 Connect and set the header value to Bearer, a space, the key.',
});

const forbidden: Entry = () => ({
	title: 'Key valid, but not allowed for this subaccount',
	detail:
		'8x8 recognised the API key, so the key itself is fine, but it may not send messages ' +
		'with this subaccount.',
	fix: 'Use a subaccount this key may send with, or create a key for it in 8x8 Connect.',
});

const subaccountUnknown: Entry = () => ({
	title: 'Subaccount ID not found or not allowed',
	detail:
		'The subaccount ID in the URL is not in the account this key belongs to, or it is ' +
		'misspelled. An ID has 3 to 50 letters, digits or the signs - . _ &.',
	fix: 'Copy the subaccount ID from 8x8 Connect (often yourname_hq) into the URL.',
});

const notFound: Entry = () => ({
	title: 'Nothing found at this address',
	detail:
		'8x8 has nothing at this URL. Sending goes to the base URL of your region, then ' +
		'/api/v1/subaccounts/, your subaccount ID and /messages.',
	fix: 'Check the URL for typos, double slashes or a placeholder left in place of the ID.',
});

const notJson: Entry = () => ({
	title: 'Body not sent as JSON',
	detail: 'The Content-Type header must be application/json, or 8x8 cannot read the body.',
	fix: "Set the request content type to JSON in Workato's HTTP action.",
});

const tooManyRequests: Entry = ({ retryAfterSeconds }) => ({
	title: 'Too many requests',
	detail: '8x8 limits how many requests one subaccount may send each second.',
	fix:
		retryAfterSeconds === null
			? 'Wait a few seconds, then send again.'
			: `Wait ${retryAfterSeconds} seconds, then send again.`,
});

const serverFault: Entry = ({ errorId }) => ({
	title: "Problem on 8x8's side",
	detail: `The fault is with 8x8, not with your request.${errorId ? ` Error ID: ${errorId}.` : ''}`,
	fix: 'Wait a minute and send again; if it keeps failing, give 8x8 support the error ID.',
});

const BY_CODE: Readonly<Record<number, Entry>> = {
	1000: () => ({
		title: 'A value in the request is malformed',
		detail: 'One field of the JSON body, or the JSON itself, is not in the form 8x8 expects.',
		fix: "Correct the field named in 8x8's message, then send again.",
	}),
	1001: subaccountUnknown,
	1002: () => ({
		title: 'Destination phone number not accepted',
		detail:
			'8x8 wants the country code then the number: 7 to 15 digits, no spaces, no leading 0, ' +
			'with an optional + in front.',
		fix: 'Write the number like +6591234567.',
	}),
	1003: () => ({
		title: 'Encoding not recognised',
		detail: 'The encoding field may only be AUTO, GSM7 or UCS2, in capitals.',
		fix: 'Remove the encoding field, or set it to AUTO.',
	}),
	1004: () => ({
		title: 'Message text not accepted',
		detail: 'The text field must be a string of characters, such as "Hello".',
		fix: 'Put the message in the text field as plain text, then send again.',
	}),
	1005: () => ({
		title: 'Sender ID not accepted',
		detail:
			'A sender ID (source) is either up to 11 letters, digits and spaces, or a phone number ' +
			'of digits with an optional + in front.',
		fix: 'Shorten the sender ID, or remove the source field to use the default sender.',
	}),
	1200: unauthorized,
	1201: forbidden,
	1300: notFound,
	2000: serverFault,
	3002: () => ({
		title: 'Destination phone number missing',
		detail: 'The body has no destination, or it is empty. 8x8 needs a destination and a text.',
		fix: 'Add the destination phone number, for example "+6591234567".',
	}),
	3005: () => ({
		title: 'Message text missing',
		detail:
			'The text field is missing, empty or only spaces. In a recipe, this often means the ' +
			'email had no subject or body.',
		fix: 'Give the text a fallback, such as "New email (no subject)", for empty emails.',
	}),
	3009: () => ({
		title: 'Message reference too long',
		detail: 'The clientMessageId field may have at most 350 characters.',
		fix: "Shorten clientMessageId, for example to the email's message ID.",
	}),
	3011: () => ({
		title: 'Sender ID too long',
		detail: 'The source field may have at most 16 characters, and a sender name at most 11.',
		fix: 'Shorten the sender ID to 11 characters or fewer, or remove it.',
	}),
	415: notJson,
	429: tooManyRequests,
};

const BY_STATUS: Readonly<Record<number, Entry>> = {
	401: unauthorized,
	403: forbidden,
	404: notFound,
	405: () => ({
		title: 'Wrong HTTP method',
		detail: 'The send-SMS address only accepts POST requests.',
		fix: 'Set the request method to POST.',
	}),
	415: notJson,
	429: tooManyRequests,
};

/**
 * Returns the explanation for an error answer: by 8x8's `code` when it is one of the documented
 * ones, else by HTTP status, else a general one. The title ends with the status; the detail ends
 * with 8x8's own message when there is one.
 */
export function explainHttpError(facts: HttpErrorFacts): Explanation {
	const entry =
		(facts.code === null ? undefined : BY_CODE[facts.code]) ??
		BY_STATUS[facts.status] ??
		(facts.status >= 500 ? serverFault : unexpected);
	const { title, detail, fix } = entry(facts);
	const said = facts.message ? ` 8x8 said: "${facts.message}"` : '';
	const code = facts.code === null ? '' : ` (code ${facts.code})`;
	return {
		title: `${title} (${facts.status})`,
		detail: said ? `${detail}${said}${code}.` : detail,
		fix,
	};
}

function unexpected(): Explanation {
	return {
		title: 'Request not accepted',
		detail: '8x8 answered with an error this guide does not know.',
		fix: "Check the request against the guide's example, then send again.",
	};
}
