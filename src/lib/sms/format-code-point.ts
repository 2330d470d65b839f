// Ships to the browser: keep it free of secrets and heavy imports.

/**
 * Returns the Unicode code point of the first character of `char` as `U+` and at least four
 * upper-case hex digits: `U+0009`, `U+00E9`, `U+1F525`. An empty string gives `''`.
 */
export function formatCodePoint(char: string): string {
	const codePoint = char.codePointAt(0);
	if (codePoint === undefined) {
		return '';
	}
	return `U+${codePoint.toString(16).toUpperCase().padStart(4, '0')}`;
}
