// Ships to the browser: the fix for a comma after the last item of an object or list.

import { countWords } from './count-words';
import { skipWhitespace } from './json-text';
import type { TextFix } from './types';

/**
 * Returns the text without the commas that stand right before a `}` or `]` (whitespace
 * between is kept), or `undefined` when there are none. Commas inside strings are left alone.
 */
export function removeTrailingCommas(text: string): TextFix | undefined {
	const parts: string[] = [];
	let start = 0;
	let inString = false;
	for (let index = 0; index < text.length; index++) {
		const char = text.charAt(index);
		if (char === '"') {
			inString = !inString;
		} else if (inString && char === '\\') {
			index++;
		} else if (
			!inString &&
			char === ',' &&
			/[}\]]/.test(text.charAt(skipWhitespace(text, index + 1)))
		) {
			parts.push(text.slice(start, index));
			start = index + 1;
		}
	}

	if (parts.length === 0) {
		return undefined;
	}
	const commas = countWords(parts.length, 'comma');
	return {
		text: parts.join('') + text.slice(start),
		description: `Removes ${commas} after the last item of an object or list.`,
	};
}
