// Ships to the browser: keep it free of secrets and heavy imports.

// JSON.stringify leaves these raw. JavaScript before ES2019 ends a line at U+2028 and U+2029,
// and editors draw all three as line breaks; escaped, the snippet shows where they are.
const LINE_SEPARATORS = /[\u0085\u2028\u2029]/g;

/**
 * Returns `JSON.stringify(value)` with U+0085, U+2028 and U+2029 written as `\uXXXX` escapes.
 * The result is valid JSON and a valid JavaScript expression for any JSON value; for a string
 * it is also a Python 3 string literal of the same text, since Python reads every escape that
 * `JSON.stringify` writes (`\"`, `\\`, `\n`, `\r`, `\t`, `\b`, `\f`, `\uXXXX`). Other
 * characters, emoji included, stay as they are.
 * @example formatCodeJson('Say "hi"\n') // '"Say \\"hi\\"\\n"'
 * @throws TypeError when the value cannot be serialised (a cycle or a BigInt).
 */
export function formatCodeJson(value: unknown): string {
	return JSON.stringify(value).replace(
		LINE_SEPARATORS,
		(char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`,
	);
}
