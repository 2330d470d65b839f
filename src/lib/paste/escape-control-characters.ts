// Ships to the browser: the fix for raw line breaks and tabs inside strings (case 5).

import { countWords } from './count-words';
import type { TextFix } from './types';

/** How {@link escapeControlCharacters} writes what it finds. */
export interface EscapeControlOptions {
	/**
	 * Also tidy the whitespace: CR LF and CR become `\n`, a tab becomes a space. A tab is not in
	 * the GSM-7 alphabet, so this keeps a message at 160 characters per SMS.
	 * @default false
	 */
	normalize?: boolean;
}

// JSON escapes of U+0000 to U+001F, by code.
const ESCAPES = Array.from({ length: 32 }, (_, code) => {
	const short: Partial<Record<number, string>> = { 8: 'b', 9: 't', 10: 'n', 12: 'f', 13: 'r' };
	return `\\${short[code] ?? `u${code.toString(16).padStart(4, '0')}`}`;
});

/**
 * Returns the text with each control character inside a string (U+0000 to U+001F) written as
 * its JSON escape: `\r`, `\n`, `\t`, `\b`, `\f`, else `\u00XX`. Returns `undefined` when no
 * string holds one. Strings are found by their straight double quotes, so a line break between
 * fields is left alone.
 */
export function escapeControlCharacters(
	text: string,
	options: EscapeControlOptions = {},
): TextFix | undefined {
	const normalize = options.normalize === true;
	const parts: string[] = [];
	let start = 0;
	let count = 0;
	let inString = false;
	for (let index = 0; index < text.length; index++) {
		const code = text.charCodeAt(index);
		if (code === 34) {
			inString = !inString;
		} else if (inString && code === 92) {
			index++;
		} else if (inString && code < 32) {
			const crlf = code === 13 && text.charCodeAt(index + 1) === 10;
			parts.push(text.slice(start, index), escape(code, crlf, normalize));
			index += crlf ? 1 : 0;
			start = index + 1;
			count++;
		}
	}

	if (count === 0) {
		return undefined;
	}
	return {
		text: parts.join('') + text.slice(start),
		description: normalize
			? `Writes ${countWords(count, 'line break or tab', 'line breaks and tabs')} inside ` +
				'strings as \\n or a space, which keeps the text in the GSM-7 alphabet.'
			: `Writes ${countWords(count, 'control character')} inside strings as escapes ` +
				'such as \\r, \\n and \\t, keeping the text exactly as it was.',
	};
}

// CR LF counts as one line break: `\r\n` as it is, or `\n` when normalizing.
function escape(code: number, crlf: boolean, normalize: boolean): string {
	if (normalize && code === 13) {
		return '\\n';
	}
	if (normalize && code === 9) {
		return ' ';
	}
	return crlf ? '\\r\\n' : (ESCAPES[code] ?? '');
}
