// Ships to the browser: the fix for a phone number written as a JSON number (case 7).

import { countWords } from './count-words';
import type { TextFix } from './types';

/** A number to rewrite as a string, and whether it gets a leading `+`. */
export interface NumberToQuote {
	offset: number;
	raw: string;
	/** True when the digits hold the country code (no `country` field beside them). */
	addPlus: boolean;
}

/**
 * Returns the text with each given number written as a string, `6591234567` becoming
 * `"+6591234567"` (or `"2025550308"` without `+` next to a `country`), or `undefined` when the
 * list is empty. Offsets refer to `text`; the numbers must not overlap.
 */
export function quoteNumberDestinations(
	text: string,
	numbers: readonly NumberToQuote[],
): TextFix | undefined {
	const [first] = numbers;
	if (first === undefined) {
		return undefined;
	}

	const parts: string[] = [];
	let start = 0;
	for (const number of [...numbers].sort((a, b) => a.offset - b.offset)) {
		parts.push(text.slice(start, number.offset), quoted(number));
		start = number.offset + number.raw.length;
	}
	const example = `${first.raw} becomes ${quoted(first)}`;
	return {
		text: parts.join('') + text.slice(start),
		description: `Writes ${countWords(numbers.length, 'phone number')} as text: ${example}.`,
	};
}

function quoted(number: NumberToQuote): string {
	return `"${number.addPlus ? '+' : ''}${number.raw}"`;
}
