// Ships to the browser: keep it free of secrets and heavy imports.

import type { Issue } from '~/lib/issue';

import { toIssue } from './auth-messages';
import { headerLineMessages as messages } from './header-line-messages';
import { resolveHeaderName } from './resolve-header-name';
import type { HeaderLine } from './split-header-lines';

/** A header line taken apart: the name the reader meant and the value, trimmed. */
export interface HeaderField {
	/** Canonical spelling for the headers 8x8 needs (`Authorization`), else the name as typed. */
	name: string;
	value: string;
	/** 0-based index of `value` in the whole text. */
	valueOffset: number;
}

/** What `readHeaderLine` found: the field when the line could be read, and any findings. */
export interface ReadHeaderLineResult {
	issues: Issue[];
	field?: HeaderField;
}

const PATH = 'headers';

/**
 * Splits a non-blank `Name: value` line at its first colon and checks the name: no colon, empty
 * name, a space around the name, a colon typed into the name (`Authorization:: Bearer ...`),
 * misspellings and look-alikes of the names 8x8 needs. A field comes back whenever a name was
 * found, so the value can still be checked under the name the reader meant.
 */
export function readHeaderLine(line: HeaderLine): ReadHeaderLineResult {
	const colon = line.text.indexOf(':');
	if (colon === -1) {
		const message = messages.HEADER_LINE_NO_COLON({ line: line.number });
		return { issues: [toIssue('HEADER_LINE_NO_COLON', message, PATH, line.offset)] };
	}

	const typed = line.text.slice(0, colon);
	const name = trimBlanks(typed);
	if (name === '') {
		const message = messages.HEADER_NAME_EMPTY({ line: line.number });
		return { issues: [toIssue('HEADER_NAME_EMPTY', message, PATH, line.offset)] };
	}

	const issues = spaceIssues(typed, line);
	const nameOffset = line.offset + typed.indexOf(name);
	const resolved = resolveHeaderName(name, { line: line.number, position: nameOffset });
	issues.push(...resolved.issues);

	let valueStart = colon + 1;
	const extraColon = /^[ \t]*:/.exec(line.text.slice(valueStart));
	if (extraColon) {
		valueStart += extraColon[0].length;
		const message = messages.HEADER_NAME_HAS_COLON({ line: line.number, name: resolved.name });
		issues.push(toIssue('HEADER_NAME_HAS_COLON', message, PATH, line.offset + valueStart - 1));
	}

	const rest = line.text.slice(valueStart);
	const value = trimBlanks(rest);
	const valueOffset = line.offset + valueStart + (/^[ \t]*/.exec(rest)?.[0].length ?? 0);
	return { issues, field: { name: resolved.name, value, valueOffset } };
}

function spaceIssues(typed: string, line: HeaderLine): Issue[] {
	const issues: Issue[] = [];
	if (/^[ \t]/.test(typed)) {
		const message = messages.HEADER_NAME_SPACE({ line: line.number, edge: 'starts' });
		issues.push(toIssue('HEADER_NAME_SPACE', message, PATH, line.offset));
	}
	if (/[ \t]$/.test(typed)) {
		const message = messages.HEADER_NAME_SPACE({ line: line.number, edge: 'ends' });
		const position = line.offset + typed.search(/[ \t]+$/);
		issues.push(toIssue('HEADER_NAME_SPACE', message, PATH, position));
	}
	return issues;
}

// HTTP trims only spaces and tabs around a value; String#trim would also drop characters such
// as U+FEFF that a server keeps, and so hide them from the checks.
function trimBlanks(text: string): string {
	return text.replace(/^[ \t]+|[ \t]+$/g, '');
}
