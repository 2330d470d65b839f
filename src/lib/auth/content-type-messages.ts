// Ships to the browser: keep it free of secrets and heavy imports.

import type { AuthMessage } from './auth-messages';

interface LineFacts {
	/** 1-based line number in the header box. */
	line: number;
}

const SET_JSON = 'set the Send request action to send its body as JSON';

/** Message builders for the `Content-Type` header, keyed by issue code. */
export const contentTypeMessages = {
	HEADER_CONTENT_TYPE_MISSING: (): AuthMessage => ({
		severity: 'error',
		title: 'No Content-Type header: send the body as JSON.',
		detail:
			'8x8 reads the body as JSON only when it is labelled application/json; ' +
			'without the label it may refuse the request with 415 or misread the body.',
		fix: `Add the line Content-Type: application/json, and ${SET_JSON}.`,
	}),
	HEADER_CONTENT_TYPE_NOT_JSON: ({ line, type }: LineFacts & { type: string }): AuthMessage => ({
		severity: 'error',
		title: `Content-Type on line ${line} is ${type}: send the body as JSON.`,
		detail:
			'8x8 takes the message as a JSON body labelled application/json; a server that ' +
			'expects JSON may refuse any other label (415 Unsupported Media Type) or misread the fields.',
		fix: `Change line ${line} to Content-Type: application/json, and ${SET_JSON}.`,
	}),
	HEADER_CONTENT_TYPE_CASE: ({ line, type }: LineFacts & { type: string }): AuthMessage => ({
		severity: 'info',
		title: `Content-Type on line ${line} is written ${type}.`,
		detail:
			'Media types ignore letter case by the HTTP rules, but some strict servers compare ' +
			'the text exactly, and application/json in lowercase is the standard spelling.',
		fix: `Write application/json in lowercase on line ${line} to be safe.`,
	}),
	HEADER_CONTENT_TYPE_CHARSET: ({ line }: LineFacts): AuthMessage => ({
		severity: 'info',
		title: `The charset on line ${line} is allowed but unnecessary: JSON is UTF-8.`,
		detail:
			'JSON text is always UTF-8 (RFC 8259), so the parameter adds nothing, and a strict ' +
			'server may accept only the bare application/json.',
		fix: `Remove the semicolon and the charset so that line ${line} ends in application/json.`,
	}),
	HEADER_CONTENT_TYPE_PARAMETER: ({
		line,
		parameter,
	}: LineFacts & { parameter: string }): AuthMessage => ({
		severity: 'warning',
		title: `The parameter ${parameter} on line ${line} does not belong in Content-Type.`,
		detail:
			'The type application/json takes no parameters and JSON is always UTF-8, so a strict server ' +
			'may refuse a Content-Type that carries one.',
		fix: `Remove everything after application/json on line ${line}.`,
	}),
};
