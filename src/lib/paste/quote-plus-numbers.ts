// Ships to the browser: the fix for a number written with a leading + (case 7).

import { countWords } from './count-words';
import type { TextFix } from './types';

const PLUS_NUMBER = /\+[0-9][0-9.eE+-]*/y;
// A phone number has at least 7 digits; a shorter one is an ordinary number with a stray +.
const PHONE = /^\+[0-9]{7,}$/;

/**
 * Returns the text with each `+` number outside strings fixed: a phone number (a `+` and 7 or
 * more digits) goes into quotes, `+6591234567` becoming `"+6591234567"`, and any other number
 * loses its `+`. Returns `undefined` when there is no such number.
 */
export function quotePlusNumbers(text: string): TextFix | undefined {
	const parts: string[] = [];
	let start = 0;
	let quoted = 0;
	let inString = false;
	for (let index = 0; index < text.length; index++) {
		const char = text.charAt(index);
		if (char === '"') {
			inString = !inString;
		} else if (inString && char === '\\') {
			index++;
		} else if (!inString && char === '+') {
			PLUS_NUMBER.lastIndex = index;
			const token = PLUS_NUMBER.exec(text)?.[0];
			if (token !== undefined) {
				const phone = PHONE.test(token);
				parts.push(text.slice(start, index), phone ? `"${token}"` : token.slice(1));
				quoted += phone ? 1 : 0;
				index += token.length - 1;
				start = index + 1;
			}
		}
	}

	if (parts.length === 0) {
		return undefined;
	}
	return {
		text: parts.join('') + text.slice(start),
		description: describe(quoted, parts.length / 2),
	};
}

function describe(quoted: number, total: number): string {
	const stripped = total - quoted;
	const sentences = [
		quoted > 0 ? `Puts ${countWords(quoted, 'phone number')} in quotes, keeping the +.` : '',
		stripped > 0 ? `Removes the + before ${countWords(stripped, 'other number')}.` : '',
	];
	return sentences.filter(Boolean).join(' ');
}
