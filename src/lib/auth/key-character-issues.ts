// Ships to the browser: keep it free of secrets and heavy imports.

import type { Issue } from '~/lib/issue';

import { apiKeyMessages, type KeyCharacterFacts } from './api-key-messages';
import { toIssue } from './auth-messages';

/** Where a key sits in the reader's input and how to word positions in it. */
export interface KeyLocation {
	/** Field the findings belong to, e.g. `apiKey` or `headers`. */
	path: string;
	/** 0-based index of the key's first character in the reader's input. */
	offset: number;
	/** Words for an input index, e.g. `character 7`. */
	place: (position: number) => string;
}

// Past this many, more findings only bury the first ones; fixing those re-runs the check.
const MOST_ERRORS_REPORTED = 5;

const KEY_CHARACTER = /^[A-Za-z0-9_-]$/;
const INVISIBLE = /^[\p{Cc}\p{Cf}\p{Z}]$/u;
const whitespaceNames: Record<string, string> = {
	' ': 'Space',
	'\t': 'Tab',
	'\n': 'Line break',
	'\r': 'Line break',
};
const invisibleNames: Record<string, string> = {
	'\u00A0': 'no-break space',
	'\u00AD': 'soft hyphen',
	'\u200B': 'zero-width space',
	'\u200C': 'zero-width non-joiner',
	'\u200D': 'zero-width joiner',
	'\u200E': 'left-to-right mark',
	'\u200F': 'right-to-left mark',
	'\u202F': 'narrow no-break space',
	'\u2060': 'word joiner',
	'\u3000': 'ideographic space',
	'\uFEFF': 'byte order mark (zero-width no-break space)',
};

/**
 * Returns an error for each whitespace, invisible or non-ASCII character inside `key`
 * (at most 5), and one warning for the first printable ASCII character that is not a letter,
 * digit, `_` or `-`. Each finding names the character by code point and position, never the key.
 * A CR LF pair counts as one line break.
 */
export function keyCharacterIssues(key: string, location: KeyLocation): Issue[] {
	const errors: Issue[] = [];
	let warning: Issue | undefined;
	let index = 0;
	let previous = '';

	for (const char of key) {
		const position = location.offset + index;
		const fine = KEY_CHARACTER.test(char) || (char === '\n' && previous === '\r');
		index += char.length;
		previous = char;
		if (fine) {
			continue;
		}

		const code = classify(char);
		const facts = describe(char, location.place(position));
		if (code === 'API_KEY_UNUSUAL_CHARACTER') {
			warning ??= toIssue(code, apiKeyMessages[code](facts), location.path, position);
		} else if (errors.length < MOST_ERRORS_REPORTED) {
			errors.push(toIssue(code, apiKeyMessages[code](facts), location.path, position));
		}
	}
	return warning === undefined ? errors : [...errors, warning];
}

type CharacterCode =
	| 'API_KEY_INNER_WHITESPACE'
	| 'API_KEY_INVISIBLE_CHARACTER'
	| 'API_KEY_NON_ASCII_CHARACTER'
	| 'API_KEY_UNUSUAL_CHARACTER';

function classify(char: string): CharacterCode {
	if (whitespaceNames[char] !== undefined) {
		return 'API_KEY_INNER_WHITESPACE';
	}
	if (INVISIBLE.test(char)) {
		return 'API_KEY_INVISIBLE_CHARACTER';
	}
	return char.charCodeAt(0) > 0x7e ? 'API_KEY_NON_ASCII_CHARACTER' : 'API_KEY_UNUSUAL_CHARACTER';
}

function describe(char: string, place: string): KeyCharacterFacts {
	const codePoint = formatCodePoint(char);
	const name = whitespaceNames[char] ?? invisibleNames[char] ?? invisibleKind(char) ?? `"${char}"`;
	return { place, codePoint, name };
}

function invisibleKind(char: string): string | undefined {
	if (!INVISIBLE.test(char)) {
		return undefined;
	}
	if (/\p{Cc}/u.test(char)) {
		return 'control character';
	}
	return /\p{Z}/u.test(char) ? 'Unicode space' : 'invisible formatting character';
}

function formatCodePoint(char: string): string {
	const hex = (char.codePointAt(0) ?? 0).toString(16).toUpperCase();
	return `U+${hex.padStart(4, '0')}`;
}
