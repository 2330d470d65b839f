// Ships to the browser: keep it free of secrets and heavy imports.

import { formatSnippetKey, KEY_PLACEHOLDER } from './format-snippet-key';
import type { SnippetOptions, SnippetRequest } from './snippet-request';

/** One value to type into Workato, labelled as Workato's HTTP connector labels the field. */
export interface WorkatoField {
	/** `connection` is the HTTP connection form, `action` the "Send request" step. */
	step: 'connection' | 'action';
	field: string;
	value: string;
	note?: string;
}

/** Options for `buildWorkatoFields`. */
export interface WorkatoFieldsOptions extends SnippetOptions {
	/** @default '8x8 SMS' */
	connectionName?: string;
	/**
	 * `fixed` shows the message text as typed; `gmail` maps it from Gmail datapills.
	 * @default 'fixed'
	 */
	textSource?: 'fixed' | 'gmail';
	/**
	 * The text mapping for `textSource: 'gmail'`; each `[Name]` stands for a datapill.
	 * @default 'New email from [From email]: [Subject]'
	 */
	gmailText?: string;
}

/**
 * Returns the values for Workato's HTTP connection (Header auth) and its "Send request"
 * action, in the order the forms ask for them, ending with one row per body field.
 * Body values are shown raw: Workato escapes them when it builds the JSON.
 * The key is masked unless `revealKey` is true.
 * @throws TypeError when the body cannot be serialised (a cycle or a BigInt).
 */
export function buildWorkatoFields(
	request: SnippetRequest,
	options: WorkatoFieldsOptions = {},
): WorkatoField[] {
	const gmail = options.textSource === 'gmail';
	const headers = `Authorization: Bearer ${formatSnippetKey(request.apiKey, options)}`;
	const bodyNote = gmail ? BODY_NOTE_GMAIL : BODY_NOTE_FIXED;

	return [
		{ step: 'connection', field: 'Connection name', value: options.connectionName ?? '8x8 SMS' },
		{ step: 'connection', field: 'Authentication type', value: 'Header auth' },
		{
			step: 'connection',
			field: 'Header authorization',
			value: `${headers}\nContent-Type: application/json`,
			note: headerNote(request.apiKey, options.revealKey === true),
		},
		{ step: 'action', field: 'Action', value: 'Send request' },
		{ step: 'action', field: 'Method', value: request.method },
		{ step: 'action', field: 'Request URL', value: request.url },
		{ step: 'action', field: 'Request content type', value: 'JSON request body' },
		{ step: 'action', field: 'Response content type', value: 'JSON' },
		{
			step: 'action',
			field: 'Request body',
			value: JSON.stringify(request.body, null, 2),
			note: bodyNote,
		},
		...bodyFields(request.body, gmail ? (options.gmailText ?? DEFAULT_GMAIL_TEXT) : undefined),
	];
}

const DEFAULT_GMAIL_TEXT = 'New email from [From email]: [Subject]';

const BODY_NOTE_FIXED =
	'Paste this JSON as the sample request body. Workato makes an input field for each key.';

const BODY_NOTE_GMAIL =
	'Paste this JSON only as the sample that creates the fields. ' +
	'Map datapills into the fields below, never into this JSON text.';

const TEXT_NOTE_FIXED = 'Type the text as it is, without backslashes: Workato escapes it.';

const TEXT_NOTE_GMAIL =
	'Drag the Gmail datapills into this body field; each [Name] stands for one pill. ' +
	'Workato escapes quotes and line breaks from the email in a body field. ' +
	'Pills typed inside a hand-written JSON string break the request when a subject has a quote.';

function headerNote(apiKey: string, revealKey: boolean): string {
	const lines = 'One header per line: the name, a colon, a space, then the value.';
	if (apiKey.trim() === '') {
		return `${lines} Replace ${KEY_PLACEHOLDER} with your API key.`;
	}
	return revealKey ? lines : `${lines} The key is masked here: type your full key after Bearer.`;
}

function bodyFields(body: unknown, gmailText: string | undefined): WorkatoField[] {
	if (typeof body !== 'object' || body === null || Array.isArray(body)) {
		return [];
	}
	// JSON.stringify leaves out undefined members, so the rows do too.
	const entries = Object.entries(body).filter(([, raw]) => raw !== undefined);
	return entries.map(([field, raw]): WorkatoField => {
		const value = typeof raw === 'string' ? raw : JSON.stringify(raw);
		if (field !== 'text') {
			return { step: 'action', field, value };
		}
		if (gmailText === undefined) {
			return { step: 'action', field, value, note: TEXT_NOTE_FIXED };
		}
		return { step: 'action', field, value: gmailText, note: TEXT_NOTE_GMAIL };
	});
}
