// Ships to the browser: finds and names the first syntax error of a pasted body. The location
// comes from jsonc-parser (Microsoft's JSON reader behind VS Code), never from the text of a
// JSON.parse error, which differs from one JavaScript engine to another.

import { printParseErrorCode, visit } from 'jsonc-parser';

import { escapeInnerQuotes } from './escape-inner-quotes';
import { findTooDeep } from './find-too-deep';
import { locateOffset } from './locate-offset';
import type { JsonErrorKind, JsonSyntaxError } from './types';

const STRICT = { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false };
const TYPOGRAPHIC_OR_SINGLE = /[“”‘’']/;
// Errors that end a string or value early; the offending character is inside the token.
const IN_STRING = new Set(['UnexpectedEndOfString', 'InvalidCharacter']);
const IN_ESCAPE = new Set(['InvalidEscapeCharacter', 'InvalidUnicode']);

/**
 * Returns the first syntax error of `text` read as strict JSON, or `undefined` when it is valid.
 * The offset points at the character to look at: the control character inside a string, the
 * stray character after an early-closed string, the `+` of a number, or the comma of a trailing
 * comma. Text nested deeper than {@link MAX_JSON_DEPTH} is reported as `too-deep` unread.
 */
export function findJsonError(text: string): JsonSyntaxError | undefined {
	const deep = findTooDeep(text);
	if (deep !== undefined) {
		return located(text, 'too-deep', deep, 'TooDeep');
	}

	const first = readFirstError(text);
	if (first === undefined) {
		return undefined;
	}
	const { kind, offset } = classify(text, first);
	return located(text, kind, offset, first.parserCode);
}

interface ParserError {
	parserCode: string;
	offset: number;
	length: number;
}

function readFirstError(text: string): ParserError | undefined {
	let first: ParserError | undefined;
	visit(
		text,
		{
			onError: (code, offset, length) => {
				first ??= { parserCode: printParseErrorCode(code), offset, length };
			},
		},
		STRICT,
	);
	return first;
}

function classify(text: string, error: ParserError): { kind: JsonErrorKind; offset: number } {
	const { parserCode, offset, length } = error;
	const char = text.charAt(offset);
	if (parserCode === 'InvalidCommentToken' || parserCode === 'UnexpectedEndOfComment') {
		return { kind: 'comment', offset };
	}
	if (IN_STRING.has(parserCode)) {
		const control = findIndex(text, offset + 1, offset + length + 1, (c) => c < ' ');
		return control === undefined
			? { kind: 'unexpected-end', offset }
			: { kind: 'control-character', offset: control };
	}
	if (IN_ESCAPE.has(parserCode)) {
		return { kind: 'invalid-escape', offset: findBadEscape(text, offset, length) ?? offset };
	}
	if (TYPOGRAPHIC_OR_SINGLE.test(char)) {
		return { kind: 'smart-quotes', offset };
	}
	if (char === '+' && /[0-9]/.test(text.charAt(offset + 1))) {
		return { kind: 'plus-number', offset };
	}
	return classifyStructure(text, error);
}

function classifyStructure(
	text: string,
	error: ParserError,
): { kind: JsonErrorKind; offset: number } {
	const { offset } = error;
	const previous = lastNonSpace(text, offset);
	if (
		/[}\]]/.test(text.charAt(offset)) &&
		previous !== undefined &&
		text.charAt(previous) === ','
	) {
		return { kind: 'trailing-comma', offset: previous };
	}
	if (offset >= text.length) {
		return { kind: 'unexpected-end', offset: text.length };
	}
	if (previous !== undefined && text.charAt(previous) === '"' && helpsToEscape(text, offset)) {
		return { kind: 'unescaped-quote', offset };
	}
	return { kind: 'syntax', offset };
}

// A stray character right after a string is an unescaped quote only if escaping inner quotes
// moves the first error past it; a missing comma between two strings is not.
function helpsToEscape(text: string, offset: number): boolean {
	if (text.charAt(offset) === '"') {
		return false;
	}
	const fixed = escapeInnerQuotes(text);
	if (fixed === undefined) {
		return false;
	}
	try {
		JSON.parse(fixed.text);
		return true;
	} catch {
		const next = readFirstError(fixed.text);
		return next === undefined || next.offset > offset;
	}
}

function findBadEscape(text: string, offset: number, length: number): number | undefined {
	for (let index = offset; index < offset + length; index++) {
		if (text.charAt(index) !== '\\') {
			continue;
		}
		const escape = text.slice(index + 1, index + 6);
		if (!/^(?:["\\/bfnrt]|u[0-9a-fA-F]{4})/.test(escape)) {
			return index;
		}
		index++;
	}
	return undefined;
}

function findIndex(
	text: string,
	from: number,
	to: number,
	test: (char: string) => boolean,
): number | undefined {
	for (let index = from; index < Math.min(to, text.length); index++) {
		if (test(text.charAt(index))) {
			return index;
		}
	}
	return undefined;
}

function lastNonSpace(text: string, before: number): number | undefined {
	for (let index = Math.min(before, text.length) - 1; index >= 0; index--) {
		if (!/[ \t\r\n]/.test(text.charAt(index))) {
			return index;
		}
	}
	return undefined;
}

function located(
	text: string,
	kind: JsonErrorKind,
	offset: number,
	parserCode: string,
): JsonSyntaxError {
	return { kind, offset, ...locateOffset(text, offset), parserCode };
}
