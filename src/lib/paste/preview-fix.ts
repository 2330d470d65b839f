// Ships to the browser: the part of a text a fix changes, to show before it is applied.

/** The changed stretch of text, before and after a fix, with a little context on each side. */
export interface FixPreview {
	before: string;
	after: string;
}

const MAX_STRETCH = 160;

/**
 * Returns the stretch between the first and the last character that differ, widened by
 * `context` characters on each side, as it reads before and after the fix. A cut at either end
 * is marked with `…`, and a stretch longer than 160 characters keeps its start. Identical texts
 * give two empty strings.
 */
export function previewFix(before: string, after: string, context = 20): FixPreview {
	if (before === after) {
		return { before: '', after: '' };
	}

	let prefix = 0;
	const shorter = Math.min(before.length, after.length);
	while (prefix < shorter && before.charCodeAt(prefix) === after.charCodeAt(prefix)) {
		prefix++;
	}
	let suffix = 0;
	while (
		suffix < shorter - prefix &&
		before.charCodeAt(before.length - 1 - suffix) === after.charCodeAt(after.length - 1 - suffix)
	) {
		suffix++;
	}

	const start = Math.max(0, prefix - context);
	const cut = (text: string) => {
		const end = Math.min(text.length, text.length - suffix + context);
		const stretch = text.slice(start, end);
		const shown = stretch.length > MAX_STRETCH ? `${stretch.slice(0, MAX_STRETCH)}…` : stretch;
		const cutAtEnd = end < text.length && stretch.length <= MAX_STRETCH;
		return `${start > 0 ? '…' : ''}${shown}${cutAtEnd ? '…' : ''}`;
	};
	return { before: cut(before), after: cut(after) };
}
