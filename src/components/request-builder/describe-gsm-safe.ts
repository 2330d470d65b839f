// Ships to the browser: the preview the "Make GSM-safe" button shows before it changes a text.
import { describeCharacter } from '~/lib/sms/describe-character';
import { suggestGsmSafe } from '~/lib/sms/suggest-gsm-safe';

/** What "Make GSM-safe" would do to a text. */
export interface GsmSafePreview {
	/** The text after the replacements. */
	text: string;
	/** Each distinct replacement once, in text order, such as `“ → "` or `a tab (U+0009) → a space`. */
	changes: string[];
}

/**
 * Returns the text with typographic look-alikes swapped for GSM-7 ones (see `suggestGsmSafe`)
 * and the list of swaps, or `undefined` when nothing would change.
 */
export function describeGsmSafe(text: string): GsmSafePreview | undefined {
	const suggestion = suggestGsmSafe(text);
	if (suggestion.replacements.length === 0) {
		return undefined;
	}
	const changes = suggestion.replacements.map(({ from, to }) => `${show(from)} → ${show(to)}`);
	return { text: suggestion.text, changes: [...new Set(changes)] };
}

// Blank characters are named, as a quoted space or tab cannot be read.
function show(chars: string): string {
	if (chars.trim() !== '') {
		return chars;
	}
	return chars === ' ' ? 'a space' : describeCharacter(chars);
}
