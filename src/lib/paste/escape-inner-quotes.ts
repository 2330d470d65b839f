// Ships to the browser: the fix for a quote that ends a string too early (case 4).

import { countWords } from './count-words';
import { canCloseString } from './json-text';
import type { TextFix } from './types';

/**
 * Returns the text with every `"` inside a string written as `\"`, or `undefined` when there is
 * none. A quote counts as inside when what follows it cannot follow a string (see
 * {@link canCloseString}), so `"text":"Order "ABC-123" shipped"}` becomes
 * `"text":"Order \"ABC-123\" shipped"}` and valid JSON is left as it is.
 */
export function escapeInnerQuotes(text: string): TextFix | undefined {
	const parts: string[] = [];
	let start = 0;
	let inString = false;
	for (let index = 0; index < text.length; index++) {
		const char = text.charAt(index);
		if (!inString) {
			inString = char === '"';
		} else if (char === '\\') {
			index++;
		} else if (char === '"' && canCloseString(text, index)) {
			inString = false;
		} else if (char === '"') {
			parts.push(text.slice(start, index), '\\"');
			start = index + 1;
		}
	}

	if (parts.length === 0) {
		return undefined;
	}
	const quotes = countWords(parts.length / 2, 'quote');
	return {
		text: parts.join('') + text.slice(start),
		description: `Writes ${quotes} inside strings as \\", so the text keeps them.`,
	};
}
