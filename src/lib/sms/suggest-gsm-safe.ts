// Ships to the browser: keep it free of secrets and heavy imports.

/** One character swapped by {@link suggestGsmSafe}. */
export interface GsmReplacement {
	/** UTF-16 index of the character in the original text. */
	index: number;
	from: string;
	to: string;
}

/** Options of {@link suggestGsmSafe}. */
export interface SuggestGsmSafeOptions {
	/**
	 * `lf` also turns each CR LF into LF, one septet less per line break (CR is GSM-7, so it is
	 * not needed for GSM-safety).
	 * @default 'keep'
	 */
	lineBreaks?: 'keep' | 'lf';
}

// Look-alikes outside GSM-7 that have a plain GSM-7 stand-in.
const STAND_INS: Record<string, string> = {
	'\u2018': "'",
	'\u2019': "'",
	'\u201a': "'",
	'\u201b': "'",
	'\u2032': "'",
	'`': "'",
	'\u201c': '"',
	'\u201d': '"',
	'\u201e': '"',
	'\u201f': '"',
	'\u2033': '"',
	'\u2010': '-',
	'\u2011': '-',
	'\u2012': '-',
	'\u2013': '-',
	'\u2014': '-',
	'\u2212': '-',
	'\u2026': '...',
	'\u00a0': ' ',
	'\u2007': ' ',
	'\u2009': ' ',
	'\u202f': ' ',
	'\t': ' ',
};

/**
 * Returns `text` with typographic quotes made straight, dashes and the minus sign made `-`,
 * `…` made `...`, non-breaking and thin spaces and TAB made a space, and the list of those
 * replacements. Other characters outside GSM-7 (emoji, most accented letters) stay; run
 * `analyzeEncoding` on the result to see what is left.
 * @example suggestGsmSafe('“Done” – ok').text // '"Done" - ok'
 */
export function suggestGsmSafe(
	text: string,
	options: SuggestGsmSafeOptions = {},
): { text: string; replacements: GsmReplacement[] } {
	const replacements: GsmReplacement[] = [];
	let result = '';
	let index = 0;
	for (const char of text) {
		const isCrBeforeLf = char === '\r' && text[index + 1] === '\n';
		const to = options.lineBreaks === 'lf' && isCrBeforeLf ? '' : STAND_INS[char];
		if (to === undefined) {
			result += char;
		} else {
			result += to;
			replacements.push({ index, from: char, to });
		}
		index += char.length;
	}
	return { text: result, replacements };
}
