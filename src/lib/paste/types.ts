// Ships to the browser: the shapes the paste checker answers with.

import type { Issue } from '~/lib/issue';

/** The kinds of JSON syntax error the checker names, most with a one-click fix. */
export type JsonErrorKind =
	/** `“ ” ‘ ’` or `'` used where JSON needs `"`. */
	| 'smart-quotes'
	/** A comma right before `}` or `]`. */
	| 'trailing-comma'
	/** A raw line break, tab or other control character inside a string. */
	| 'control-character'
	/** A `"` inside a string that ends it early. */
	| 'unescaped-quote'
	/** A number written with a leading `+`, such as a phone number. */
	| 'plus-number'
	/** A comment, which JSON does not have. */
	| 'comment'
	/** A backslash escape JSON does not know, such as `\x`. */
	| 'invalid-escape'
	/** The text stops inside an object, list or string. */
	| 'unexpected-end'
	/** Brackets nested deeper than the checker reads. */
	| 'too-deep'
	/** Any other syntax error. */
	| 'syntax';

/** The first syntax error of a pasted body, located for the reader. */
export interface JsonSyntaxError {
	kind: JsonErrorKind;
	/** Zero-based UTF-16 index of the offending character (`text.length` at the end). */
	offset: number;
	/** 1-based line; CR LF, LF and a lone CR each end a line. */
	line: number;
	/** 1-based column, counted in characters: an emoji counts as one. */
	column: number;
	/** jsonc-parser's name for the error, such as `CommaExpected`. */
	parserCode: string;
}

/** The new text a fix function produces, and what it changed in plain words. */
export interface TextFix {
	text: string;
	/** One sentence, such as `Escapes 2 quotes inside strings.` */
	description: string;
}

/** A fix offered to the reader: shown with a preview, applied only when they choose it. */
export interface PasteFix extends TextFix {
	/** Stable name of the fix, such as `escape-inner-quotes`. */
	id: string;
	/** Button text, such as `Apply: escape the inner quotes`. */
	label: string;
}

/** Which of 8x8's request bodies the pasted JSON was checked as. */
export type RequestShape = 'single' | 'batch';

/**
 * The answer of `checkPastedBody`: nothing pasted, a JSON syntax error (with its location), or
 * a parsed body checked against 8x8's schema (`ok` when no finding blocks sending).
 */
export type PasteCheck =
	| { kind: 'empty'; ok: false; issues: Issue[]; fixes: PasteFix[] }
	| {
			kind: 'json-error';
			ok: false;
			error: JsonSyntaxError;
			issues: Issue[];
			fixes: PasteFix[];
	  }
	| { kind: 'request'; ok: boolean; shape: RequestShape; issues: Issue[]; fixes: PasteFix[] };
