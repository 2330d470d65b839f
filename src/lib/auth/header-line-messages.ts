// Ships to the browser: keep it free of secrets and heavy imports.

import type { AuthMessage } from './auth-messages';

interface LineFacts {
	/** 1-based line number in the header box. */
	line: number;
}

interface NamedLineFacts extends LineFacts {
	/** The header name as the reader meant it, e.g. `Content-Type`. */
	name: string;
}

const SENT_AS_TYPED = 'Workato sends header names and values exactly as typed';

/** Message builders for the shape of a header line and its name, keyed by issue code. */
export const headerLineMessages = {
	HEADER_LINE_NO_COLON: ({ line }: LineFacts): AuthMessage => ({
		severity: 'error',
		title: `Line ${line} has no colon.`,
		detail:
			'Each header line is a name, a colon and a value, as in Content-Type: application/json; ' +
			'without the colon the name and the value cannot be told apart.',
		fix: `Add a colon after the header name on line ${line}.`,
	}),
	HEADER_NAME_EMPTY: ({ line }: LineFacts): AuthMessage => ({
		severity: 'error',
		title: `Line ${line} has no header name before the colon.`,
		detail: 'A header without a name is not sent, so the value on this line never reaches 8x8.',
		fix: `Type the header name, such as Authorization, before the colon on line ${line}.`,
	}),
	HEADER_NAME_SPACE: ({ line, edge }: LineFacts & { edge: 'starts' | 'ends' }): AuthMessage => ({
		severity: 'error',
		title: `The header name on line ${line} ${edge} with a space.`,
		detail:
			`${SENT_AS_TYPED}, and a header name cannot contain a space, ` +
			'so the header is refused or ignored.',
		fix: `Delete the space ${edge === 'starts' ? 'before' : 'after'} the name on line ${line}.`,
	}),
	HEADER_NAME_HAS_COLON: ({ line, name }: NamedLineFacts): AuthMessage => ({
		severity: 'error',
		title: `The header name on line ${line} ends with a colon.`,
		detail:
			'Workato puts the colon between name and value itself; a colon typed into the name ' +
			`field becomes part of the name, so 8x8 finds no ${name} header.`,
		fix: `Remove the colon from the name field so that it reads ${name}.`,
	}),
	HEADER_NAME_INVALID: ({ line }: LineFacts): AuthMessage => ({
		severity: 'error',
		title: `The header name on line ${line} has characters a name cannot have.`,
		detail: 'Header names are one word of letters, digits and dashes, without spaces or quotes.',
		fix: `Retype the name on line ${line}, for example Authorization or Content-Type.`,
	}),
	HEADER_NAME_MISSPELT: ({
		line,
		name,
		typed,
	}: NamedLineFacts & { typed: string }): AuthMessage => ({
		severity: 'error',
		title: `Header name ${typed} on line ${line} should be ${name}.`,
		detail:
			'Servers match header names letter for letter, ignoring only upper and lower case, ' +
			`so ${typed} is a different header and 8x8 never reads it.`,
		fix: `Rename the header on line ${line} to ${name}.`,
	}),
	HEADER_NAME_KEY_ALIAS: ({ line, typed }: LineFacts & { typed: string }): AuthMessage => ({
		severity: 'error',
		title: `8x8 does not read the key from ${typed} (line ${line}).`,
		detail:
			'Other APIs take keys in headers such as X-API-Key, but 8x8 reads the key only from ' +
			'Authorization, after the word Bearer.',
		fix: `Rename the header on line ${line} to Authorization and start its value with Bearer.`,
	}),
	HEADER_VALUE_EMPTY: ({ line, name }: NamedLineFacts): AuthMessage => ({
		severity: 'error',
		title: `${name} on line ${line} has no value.`,
		detail: `An empty ${name} header counts as a missing one, so 8x8 refuses the request.`,
		fix: `Type the value after the colon on line ${line}.`,
	}),
	HEADER_VALUE_QUOTED: ({ line, name }: NamedLineFacts): AuthMessage => ({
		severity: 'error',
		title: `The ${name} value on line ${line} is wrapped in quotes.`,
		detail: `${SENT_AS_TYPED}, quotes included, so 8x8 sees a value that does not match.`,
		fix: `Delete the quotes around the value on line ${line}.`,
	}),
	HEADER_DUPLICATE: ({ line, name, first }: NamedLineFacts & { first: number }): AuthMessage => ({
		severity: 'warning',
		title: `${name} appears twice, on lines ${first} and ${line}.`,
		detail:
			'When a header is sent twice, servers may join the two values or keep either one, ' +
			'so what 8x8 reads is hard to predict.',
		fix: `Keep one ${name} line and delete the other.`,
	}),
};
