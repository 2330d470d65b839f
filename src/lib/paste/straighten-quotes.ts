// Ships to the browser: the fix for curly or single quotes used as JSON quotes.

import { countWords } from './count-words';
import { canCloseString } from './json-text';
import type { TextFix } from './types';

// The quotes each opening quote may be closed with: mail apps and word processors often pair
// “ with ” but sometimes with “ again.
const CLOSERS: Readonly<Record<string, string>> = {
	'“': '”“',
	'”': '”“',
	'‘': '’‘',
	'’': '’‘',
	"'": "'",
};

/**
 * Returns the text with straight double quotes around every name and string that was quoted
 * with `“ ”`, `‘ ’` or `'`, or `undefined` when there is none. Quotes inside a string stay as
 * they are (the `’` of `Don’t`), and a `"` inside a converted string is escaped as `\"`.
 */
export function straightenQuotes(text: string): TextFix | undefined {
	const parts: string[] = [];
	let start = 0;
	let closers: string | undefined;
	let inStraight = false;
	let count = 0;
	const replace = (index: number, by: string) => {
		parts.push(text.slice(start, index), by);
		start = index + 1;
	};

	for (let index = 0; index < text.length; index++) {
		const char = text.charAt(index);
		if (char === '\\' && (inStraight || closers !== undefined)) {
			index++;
		} else if (closers !== undefined && closers.includes(char) && canCloseString(text, index)) {
			replace(index, '"');
			closers = undefined;
		} else if (closers !== undefined) {
			if (char === '"') {
				replace(index, '\\"');
			}
		} else if (inStraight || char === '"') {
			inStraight = char === '"' ? !inStraight : inStraight;
		} else if (Object.hasOwn(CLOSERS, char)) {
			replace(index, '"');
			closers = CLOSERS[char];
			count++;
		}
	}

	if (count === 0) {
		return undefined;
	}
	return {
		text: parts.join('') + text.slice(start),
		description:
			`Puts straight double quotes around ${countWords(count, 'name or value', 'names and values')} ` +
			'that had curly or single quotes.',
	};
}
