// Ships to the browser: keep it free of secrets and heavy imports.

import type { AuthMessage } from './auth-messages';

interface LineFacts {
	/** 1-based line number in the header box. */
	line: number;
}

const BEARER_FORM = 'the word Bearer, one space, then the key';

/** Message builders for the `Authorization` header and its Bearer value, keyed by issue code. */
export const authorizationMessages = {
	HEADER_AUTHORIZATION_MISSING: (): AuthMessage => ({
		severity: 'error',
		title: 'No Authorization header.',
		detail: '8x8 reads the API key only from the Authorization header, so every request gets 401.',
		fix: 'Add a line that reads Authorization: Bearer followed by one space and your API key.',
	}),
	HEADER_AUTH_SCHEME_MISSING: ({ line, fixed }: LineFacts & { fixed: string }): AuthMessage => ({
		severity: 'warning',
		title: `The Authorization value on line ${line} has no Bearer before the key.`,
		detail: `8x8 expects ${BEARER_FORM}; a bare key is refused with 401.`,
		fix: `Change line ${line} to ${fixed}.`,
	}),
	HEADER_AUTH_BASIC: ({ line }: LineFacts): AuthMessage => ({
		severity: 'error',
		title: `Line ${line} uses Basic instead of Bearer.`,
		detail:
			'Basic sends a username and password pair, while 8x8 wants the API key after Bearer; ' +
			'the subaccount ID goes in the URL path, not in the credentials.',
		fix: `Replace the value on line ${line} with ${BEARER_FORM}.`,
	}),
	HEADER_AUTH_SCHEME_UNKNOWN: ({ line, scheme }: LineFacts & { scheme: string }): AuthMessage => ({
		severity: 'error',
		title: `Line ${line} uses ${scheme} instead of Bearer.`,
		detail: `8x8 accepts only the Bearer scheme: ${BEARER_FORM}.`,
		fix: `Replace ${scheme} with Bearer on line ${line}.`,
	}),
	HEADER_BEARER_CASE: ({ line }: LineFacts): AuthMessage => ({
		severity: 'info',
		title: `Bearer on line ${line} is in a different letter case, which HTTP allows.`,
		detail:
			'HTTP matches the scheme name in any letter case (RFC 9110); 8x8 and this guide ' +
			'write it as Bearer.',
		fix: 'Nothing to do, or write Bearer to match 8x8 examples.',
	}),
	HEADER_BEARER_SPACING: ({ line }: LineFacts): AuthMessage => ({
		severity: 'warning',
		title: `Line ${line} has more than one space, or a tab, after Bearer.`,
		detail:
			`The usual form is ${BEARER_FORM}; ` +
			'strict servers read any extra space as part of the key.',
		fix: `Leave exactly one space between Bearer and the key on line ${line}.`,
	}),
	HEADER_BEARER_TWICE: ({ line }: LineFacts): AuthMessage => ({
		severity: 'error',
		title: `Bearer appears twice on line ${line}.`,
		detail: 'The second Bearer is read as the start of the key, so the key no longer matches.',
		fix: `Delete one Bearer so that line ${line} reads Authorization: Bearer and the key.`,
	}),
	HEADER_BEARER_KEY_MISSING: ({ line }: LineFacts): AuthMessage => ({
		severity: 'error',
		title: `Line ${line} has Bearer but no key after it.`,
		detail: `8x8 expects ${BEARER_FORM}; without the key the request is refused with 401.`,
		fix: `Paste your API key after Bearer and one space on line ${line}.`,
	}),
};
