// Ships to the browser: small readers of raw JSON text, shared by the paste fixes.

const WHITESPACE = new Set([' ', '\t', '\n', '\r']);

/** Returns the index of the first character at or after `index` that is not JSON whitespace. */
export function skipWhitespace(text: string, index: number): number {
	let next = index;
	while (next < text.length && WHITESPACE.has(text.charAt(next))) {
		next++;
	}
	return next;
}

/**
 * Returns true when a quote at `index` can end a string: what follows it, after whitespace, is
 * the end, `:`, `}`, `]`, or a comma followed by the start of a name or value. A quote followed
 * by anything else, such as the `A` of `Order "ABC-123" shipped`, belongs to the text.
 */
export function canCloseString(text: string, index: number): boolean {
	const next = skipWhitespace(text, index + 1);
	if (next >= text.length) {
		return true;
	}

	const char = text.charAt(next);
	if (char === ':' || char === '}' || char === ']') {
		return true;
	}
	if (char !== ',') {
		return false;
	}
	const after = skipWhitespace(text, next + 1);
	VALUE_START.lastIndex = after;
	return after >= text.length || VALUE_START.test(text);
}

// What may follow a comma: a name or string (straight, curly or single quote), an object, a
// list, a number or a literal. A word such as `then` is text, not `true`.
const VALUE_START = /["“‘'{[\]}\-0-9]|(?:true|false|null)(?![A-Za-z])/y;
