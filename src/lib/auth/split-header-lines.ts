// Ships to the browser: keep it free of secrets and heavy imports.

/** One line of the header box and where it sits in the whole text. */
export interface HeaderLine {
	/** 1-based line number, as a reader counts. */
	number: number;
	/** 0-based index of the line's first character in the whole text. */
	offset: number;
	/** The line without its line break. */
	text: string;
}

/** Returns every line of `text` (LF, CRLF or CR endings), blank ones included, with offsets. */
export function splitHeaderLines(text: string): HeaderLine[] {
	const lines: HeaderLine[] = [];
	const pattern = /([^\r\n]*)(\r\n|\r|\n|$)/g;
	let offset = 0;

	for (const match of text.matchAll(pattern)) {
		const [whole, line = ''] = match;
		lines.push({ number: lines.length + 1, offset, text: line });
		offset += whole.length;
		if (offset >= text.length) {
			break;
		}
	}
	return lines;
}
