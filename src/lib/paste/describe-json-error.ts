// Ships to the browser: the reader-facing words for a JSON syntax error in a pasted body.

import type { Issue } from '~/lib/issue';
import { describeCharacter } from '~/lib/sms/describe-character';

import { MAX_JSON_DEPTH } from './find-too-deep';
import type { JsonErrorKind, JsonSyntaxError } from './types';

type Words = Pick<Issue, 'title' | 'detail' | 'fix'>;

const WORKATO_FIX = 'or map the datapill into a JSON body field so Workato escapes it';

// What the parser expected, for errors without a kind of their own.
const EXPECTED: Readonly<Record<string, string>> = {
	CommaExpected: 'a comma',
	ColonExpected: 'a colon',
	PropertyNameExpected: 'a field name in double quotes',
	ValueExpected: 'a value',
	CloseBraceExpected: 'a }',
	CloseBracketExpected: 'a ]',
	EndOfFileExpected: 'the end of the body',
	InvalidNumberFormat: 'a number',
	InvalidSymbol: 'a value',
};

/**
 * Returns the error finding for a syntax error: code `JSON_<KIND>` (such as
 * `JSON_UNESCAPED_QUOTE`), path `body`, `position` at the error. The title names the line and
 * column, so the reader can find the spot in Workato's raw body field.
 */
export function describeJsonError(error: JsonSyntaxError, text: string): Issue {
	const at = `line ${error.line}, column ${error.column}`;
	const words = write(error, text, at);
	return {
		code: `JSON_${error.kind.toUpperCase().replace(/-/g, '_')}`,
		severity: 'error',
		path: 'body',
		...words,
		position: error.offset,
	};
}

function write(error: JsonSyntaxError, text: string, at: string): Words {
	const char = String.fromCodePoint(text.codePointAt(error.offset) ?? 32);
	const writers: Record<JsonErrorKind, () => Words> = {
		'control-character': () => ({
			title: `Invalid JSON at ${at}: control character in a string.`,
			detail:
				`The string holds ${describeCharacter(char)} as it is. Inside JSON strings a line ` +
				'break must be written \\n, a carriage return \\r and a tab \\t.',
			fix: `Escape it with the fix below, ${WORKATO_FIX}.`,
		}),
		'unescaped-quote': () => ({
			title: `Invalid JSON at ${at}: a quote inside a string is not escaped.`,
			detail:
				'The quote just before this spot ends the string early, so the rest of the text is ' +
				'not JSON. A quote inside a string must be written \\".',
			fix: `Escape the inner quotes with the fix below, ${WORKATO_FIX}.`,
		}),
		'plus-number': () => ({
			title: `Invalid JSON at ${at}: a number cannot start with +.`,
			detail:
				'JSON numbers have no plus sign. A phone number belongs in quotes anyway, so that ' +
				'its + and any leading 0 survive.',
			fix: `Put the number in quotes: "${/^\+[0-9]*/.exec(text.slice(error.offset))?.[0] ?? '+'}".`,
		}),
		'smart-quotes': () => ({
			title: `Invalid JSON at ${at}: a ${char === "'" ? 'single' : 'curly'} quote instead of ".`,
			detail:
				'JSON needs straight double quotes around names and strings. Mail apps and word ' +
				'processors often turn them into curly ones.',
			fix: 'Replace them with straight double quotes, or type the body in a plain text editor.',
		}),
		'trailing-comma': () => ({
			title: `Invalid JSON at ${at}: a comma after the last item.`,
			detail: 'JSON allows no comma before a closing } or ], and 8x8 answers 400 to the body.',
			fix: 'Remove that comma.',
		}),
		comment: () => ({
			title: `Invalid JSON at ${at}: JSON has no comments.`,
			detail: 'Text after // or between /* and */ is not part of JSON, so 8x8 cannot read it.',
			fix: 'Remove the comment.',
		}),
		'invalid-escape': () => ({
			title: `Invalid JSON at ${at}: a backslash escape JSON does not know.`,
			detail:
				'Inside strings JSON knows only \\" \\\\ \\/ \\b \\f \\n \\r \\t and \\u with 4 hex digits.',
			fix: 'Write a backslash itself as \\\\, or remove it.',
		}),
		'unexpected-end': () => ({
			title: `Invalid JSON at ${at}: the body ends too early.`,
			detail:
				text.charAt(error.offset) === '"'
					? 'The string that starts here is never closed.'
					: 'An object or list is still open at the end, so the body was probably cut off.',
			fix: 'Copy the whole body again, up to its last }.',
		}),
		'too-deep': () => ({
			title: `The body nests brackets more than ${MAX_JSON_DEPTH.toLocaleString('en')} levels deep.`,
			detail: 'An SMS request nests four levels at most, so this is not a request body.',
			fix: 'Paste the request body itself.',
		}),
		syntax: () => ({
			title: `Invalid JSON at ${at}: expected ${EXPECTED[error.parserCode] ?? 'valid JSON'}.`,
			detail:
				`Found ${found(text, error.offset)} there. Names and strings need double quotes, ` +
				'and items need commas between them.',
			fix: 'Look at the text just before this spot: the mistake often starts there.',
		}),
	};
	return writers[error.kind]();
}

function found(text: string, offset: number): string {
	const codePoint = text.codePointAt(offset);
	return codePoint === undefined
		? 'the end of the text'
		: describeCharacter(String.fromCodePoint(codePoint));
}
