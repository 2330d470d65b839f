// Ships to the browser: keep it free of secrets and heavy imports.

import { formatCodePoint } from './format-code-point';

// Characters a reader cannot see get a name instead of being quoted.
const names: Record<string, string> = {
	' ': 'a space',
	'\t': 'a tab',
	'\n': 'a line break',
	'\r': 'a carriage return',
	'\u00a0': 'a non-breaking space',
	'\u200b': 'a zero-width space',
	'\ufeff': 'a byte order mark',
};

const INVISIBLE = /^[\p{C}\p{Z}]$/u;

/**
 * Names one character (one code point) for a message, with its code point: `“&” (U+0026)`,
 * `“🔥” (U+1F525)`, `a tab (U+0009)`, or `U+2060` alone for other invisible characters.
 */
export function describeCharacter(char: string): string {
	const code = formatCodePoint(char);
	const name = names[char];
	if (name) {
		return `${name} (${code})`;
	}
	if (INVISIBLE.test(char)) {
		return code;
	}
	return `“${char}” (${code})`;
}
