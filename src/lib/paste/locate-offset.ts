// Ships to the browser: turns an index in pasted text into the line and column a reader counts.

/** A 1-based line and column. */
export interface TextLocation {
	line: number;
	column: number;
}

/**
 * Returns the 1-based line and column of the character at UTF-16 index `offset` of `text`.
 * CR LF, LF and a lone CR each end a line, as editors count them. Columns count characters
 * (code points), so an emoji before the offset moves it by one. An offset past the end is
 * located at the end.
 */
export function locateOffset(text: string, offset: number): TextLocation {
	const end = Math.min(Math.max(offset, 0), text.length);
	let line = 1;
	let lineStart = 0;
	for (let index = 0; index < end; index++) {
		const char = text.charCodeAt(index);
		const isCrlf = char === 13 && text.charCodeAt(index + 1) === 10;
		if (char === 10 || (char === 13 && !isCrlf)) {
			line++;
			lineStart = index + 1;
		}
	}
	return { line, column: countCodePoints(text, lineStart, end) + 1 };
}

function countCodePoints(text: string, start: number, end: number): number {
	let count = 0;
	for (let index = start; index < end; index++) {
		const char = text.charCodeAt(index);
		const isLeadSurrogate = char >= 0xd800 && char <= 0xdbff;
		const next = text.charCodeAt(index + 1);
		if (isLeadSurrogate && index + 1 < end && next >= 0xdc00 && next <= 0xdfff) {
			index++;
		}
		count++;
	}
	return count;
}
