// Ships to the browser: keep it free of secrets and heavy imports.

// Straight, backtick and curly quotes: chat apps and word processors turn ' and " into ‘’ “”.
const QUOTES = new Set(["'", '"', '`', '\u2018', '\u2019', '\u201C', '\u201D']);

/**
 * Returns true when `text` is at least two characters long and both starts and ends with a
 * quote mark. The two marks need not match: pasting often pairs a straight and a curly one.
 */
export function isQuoted(text: string): boolean {
	return text.length >= 2 && QUOTES.has(text.charAt(0)) && QUOTES.has(text.charAt(text.length - 1));
}
