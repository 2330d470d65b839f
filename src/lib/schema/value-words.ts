// Ships to the browser: values and types put into words for the schema findings.

const MAX_SHOWN = 40;

/**
 * Returns a value in typographic quotes, cut to 40 characters so a title stays short; a
 * value that is not a string is shown as JSON.
 */
export function quoteValue(value: unknown): string {
	const text = typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value));
	const chars = [...text];
	const shown = chars.length > MAX_SHOWN ? `${chars.slice(0, MAX_SHOWN - 1).join('')}…` : text;
	return `“${shown}”`;
}

/** Returns the JSON type of a value in words: `a number`, `text`, `a list`, `null`, ... */
export function nameType(value: unknown): string {
	if (value === null) {
		return 'null';
	}
	if (Array.isArray(value)) {
		return 'a list';
	}
	const words: Record<string, string> = {
		string: 'text',
		number: 'a number',
		boolean: 'true or false',
		object: 'an object',
	};
	return words[typeof value] ?? typeof value;
}

/** Returns zod's expected type in words: `a string`, `true or false`, `a list`, ... */
export function typeWords(expected: string | undefined): string {
	const words: Record<string, string> = {
		string: 'a string',
		boolean: 'true or false',
		array: 'a list',
		object: 'an object',
	};
	return words[expected ?? ''] ?? `a ${expected ?? 'value'}`;
}

/** Returns values joined for a sentence: `AUTO, GSM7 or UCS2`. */
export function listWords(values: readonly string[], last = 'or'): string {
	if (values.length < 2) {
		return values.join('');
	}
	return `${values.slice(0, -1).join(', ')} ${last} ${values.at(-1) ?? ''}`;
}

/** Returns the length of a string or list, and 0 for anything else. */
export function lengthOf(value: unknown): number {
	return typeof value === 'string' || Array.isArray(value) ? value.length : 0;
}
