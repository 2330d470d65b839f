// Ships to the browser: picks the one-click fixes for a JSON syntax error.

import { escapeControlCharacters } from './escape-control-characters';
import { escapeInnerQuotes } from './escape-inner-quotes';
import { findJsonError } from './find-json-error';
import { quotePlusNumbers } from './quote-plus-numbers';
import { removeTrailingCommas } from './remove-trailing-commas';
import { straightenQuotes } from './straighten-quotes';
import type { JsonErrorKind, JsonSyntaxError, PasteFix, TextFix } from './types';

type Candidate = { id: string; label: string; fix: (text: string) => TextFix | undefined };

const candidates: Partial<Record<JsonErrorKind, Candidate[]>> = {
	'smart-quotes': [
		{ id: 'straighten-quotes', label: 'Apply: use straight double quotes', fix: straightenQuotes },
	],
	'trailing-comma': [
		{
			id: 'remove-trailing-commas',
			label: 'Apply: remove the trailing commas',
			fix: removeTrailingCommas,
		},
	],
	'control-character': [
		{
			id: 'escape-control-characters',
			label: 'Apply: escape the line breaks and tabs',
			fix: (text) => escapeControlCharacters(text),
		},
		{
			id: 'normalize-whitespace',
			label: 'Apply: escape line breaks and turn tabs into spaces',
			fix: (text) => escapeControlCharacters(text, { normalize: true }),
		},
	],
	'unescaped-quote': [
		{ id: 'escape-inner-quotes', label: 'Apply: escape the inner quotes', fix: escapeInnerQuotes },
	],
	'plus-number': [
		{
			id: 'quote-plus-numbers',
			label: 'Apply: put the phone number in quotes',
			fix: quotePlusNumbers,
		},
	],
};

/**
 * Returns the fixes for the kind of `error`, each with the whole new text. A fix is offered only
 * when it gets past the error: its text is valid JSON or fails later than `error`. Two fixes
 * with the same result are offered once. Other kinds of error get no fix.
 */
export function offerSyntaxFixes(text: string, error: JsonSyntaxError): PasteFix[] {
	const offered: PasteFix[] = [];
	for (const { id, label, fix } of candidates[error.kind] ?? []) {
		const result = fix(text);
		if (result === undefined || offered.some((earlier) => earlier.text === result.text)) {
			continue;
		}
		if (getsPast(result.text, error.offset)) {
			offered.push({ id, label, ...result });
		}
	}
	return offered;
}

// JSON.parse answers the common case, a fix that mends the only error, at native speed.
function getsPast(text: string, offset: number): boolean {
	try {
		JSON.parse(text);
		return true;
	} catch {
		const next = findJsonError(text);
		return next === undefined || next.offset > offset;
	}
}
