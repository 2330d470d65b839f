// Ships to the browser: keep it free of secrets and heavy imports.

import { isQuoted } from './is-quoted';

/** Where the key starts and ends inside what the reader pasted, and what was around it. */
export interface UnwrappedApiKey {
	/** 0-based index of the key's first character in the pasted text. */
	start: number;
	/** Index just past the key's last character. */
	end: number;
	/** What was removed, in words: `2 spaces`, `1 line break`, `surrounding quotes`, ... */
	removed: string[];
}

const OUTER_SPACE = /^[ \t\r\n\u00A0]+/;
const OUTER_SPACE_AT_END = /[ \t\r\n\u00A0]+$/;
const HEADER_NAME = /^authorization[ \t]*:[ \t]*/i;
const BEARER = /^bearer(?:[ \t\r\n\u00A0]+|$)/i;

/**
 * Finds the key inside pasted text by peeling off, in any order and as often as they appear,
 * outer whitespace (space, TAB, CR, LF, no-break space), a pasted `Authorization:` header name
 * and `Bearer ` prefixes (any letter case), plus one pair of surrounding quotes
 * (' " ` or curly). Never touches anything between the key's first and last characters.
 */
export function unwrapApiKey(raw: string): UnwrappedApiKey {
	const span = { start: 0, end: raw.length };
	const spaces: string[] = [];
	const found = { quotes: false, header: false, bearers: 0 };

	for (;;) {
		spaces.push(...trimSpan(raw, span));
		const rest = raw.slice(span.start, span.end);
		if (!found.quotes && isQuoted(rest)) {
			found.quotes = true;
			span.start += 1;
			span.end -= 1;
			continue;
		}

		const header = HEADER_NAME.exec(rest);
		const bearer = header ? null : BEARER.exec(rest);
		if (!header && !bearer) {
			break;
		}
		found.header ||= header !== null;
		found.bearers += bearer ? 1 : 0;
		span.start += (header ?? bearer)?.[0].length ?? 0;
	}
	return { ...span, removed: [...describeSpaces(spaces.join('\0')), ...describeFound(found)] };
}

function trimSpan(raw: string, span: { start: number; end: number }): string[] {
	const rest = raw.slice(span.start, span.end);
	const leading = OUTER_SPACE.exec(rest)?.[0] ?? '';
	const trailing = OUTER_SPACE_AT_END.exec(rest.slice(leading.length))?.[0] ?? '';
	span.start += leading.length;
	span.end -= trailing.length;
	return [leading, trailing];
}

function describeSpaces(spaces: string): string[] {
	const counts: [number, string][] = [
		[count(spaces, / /g), 'space'],
		[count(spaces, /\t/g), 'tab'],
		[count(spaces, /\r\n|\r|\n/g), 'line break'],
		[count(spaces, /\u00A0/g), 'no-break space'],
	];
	return counts.filter(([n]) => n > 0).map(([n, noun]) => `${n} ${noun}${n === 1 ? '' : 's'}`);
}

function describeFound(found: { quotes: boolean; header: boolean; bearers: number }): string[] {
	const phrases: string[] = [];
	if (found.quotes) {
		phrases.push('surrounding quotes');
	}
	if (found.header) {
		phrases.push('the header name Authorization');
	}
	if (found.bearers > 0) {
		phrases.push(found.bearers === 1 ? 'a Bearer prefix' : `${found.bearers} Bearer prefixes`);
	}
	return phrases;
}

function count(text: string, pattern: RegExp): number {
	return text.match(pattern)?.length ?? 0;
}
