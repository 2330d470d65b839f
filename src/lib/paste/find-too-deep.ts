// Ships to the browser: a guard that keeps the recursive JSON reader away from deep nesting.

/** The deepest nesting the checker reads; an SMS request body nests four levels at most. */
export const MAX_JSON_DEPTH = 1000;

/**
 * Returns the UTF-16 index of the first `{` or `[` (outside strings) that opens a level deeper
 * than `maxDepth`, or `undefined` when the text stays within it. Closing brackets lower the
 * depth whether or not they match, so this reads broken text too.
 */
export function findTooDeep(text: string, maxDepth = MAX_JSON_DEPTH): number | undefined {
	let depth = 0;
	let inString = false;
	for (let index = 0; index < text.length; index++) {
		const char = text.charCodeAt(index);
		if (char === 34) {
			inString = !inString;
		} else if (inString) {
			index += char === 92 ? 1 : 0;
		} else if (char === 123 || char === 91) {
			depth++;
			if (depth > maxDepth) {
				return index;
			}
		} else if (char === 125 || char === 93) {
			depth = Math.max(0, depth - 1);
		}
	}
	return undefined;
}
