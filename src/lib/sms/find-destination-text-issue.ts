// Ships to the browser: keep it free of secrets and heavy imports.

import type { Issue } from '~/lib/issue';

import { describeCharacterAt } from './describe-character-at';
import { makeIssue, type IssueFields } from './make-issue';

const SCIENTIFIC = /^[+-]?\d+(?:[.,]\d+)?e[+-]?\d+$/i;

/**
 * Characters people type or paste between the digits of a phone number: spaces, dashes,
 * dots, brackets, slashes and invisible marks (copied numbers often carry direction marks).
 */
export const DESTINATION_SEPARATOR = /[\s\p{Cf}\-‐‑‒–—.()/]/u;

/**
 * Returns the first problem with the characters of a typed destination, before any number
 * parsing, or `undefined` when only digits, separators and one leading `+` remain. Codes:
 * `DESTINATION_EMPTY`, `DESTINATION_SCIENTIFIC_NOTATION` (`6.591234567E9`, a spreadsheet ate
 * the digits), `DESTINATION_MISPLACED_PLUS`, `DESTINATION_LETTERS` and
 * `DESTINATION_INVALID_CHARACTER`, the last three with the character's UTF-16 `position`.
 */
export function findDestinationTextIssue(text: string): Issue | undefined {
	const compact = text.replace(/\s/g, '');
	if (compact === '') {
		return destinationIssue({
			code: 'DESTINATION_EMPTY',
			title: 'The destination number is empty.',
			detail: '8x8 needs the phone number that receives the SMS.',
			fix: 'Enter the number with its country code, such as +65 9123 4567.',
		});
	}
	if (SCIENTIFIC.test(compact)) {
		return destinationIssue({
			code: 'DESTINATION_SCIENTIFIC_NOTATION',
			title: `The number lost its digits: “${compact}”.`,
			detail:
				'It is in scientific notation, which a spreadsheet shows for a number stored ' +
				'as a number; the digits it hides cannot be recovered.',
			fix: 'Paste the original text of the number, or format the spreadsheet column as text.',
		});
	}
	return findCharacterIssue(text);
}

function findCharacterIssue(text: string): Issue | undefined {
	let index = 0;
	for (const char of text) {
		const at = index;
		index += char.length;
		const allowed = /\d/.test(char) || DESTINATION_SEPARATOR.test(char);
		if (!allowed && !(char === '+' && isLeadingPlus(text, at))) {
			return characterIssue(text, char, at);
		}
	}
	return undefined;
}

// A `+` may only come before every digit, after separators at most: `(+65) 9123 4567`.
// Earlier characters already passed, so no digit and no `+` means only separators.
function isLeadingPlus(text: string, at: number): boolean {
	return !/[\d+]/.test(text.slice(0, at));
}

function characterIssue(text: string, char: string, at: number): Issue {
	const where = describeCharacterAt(text, at);
	if (char === '+') {
		const characterNumber = Array.from(text.slice(0, at)).length + 1;
		return destinationIssue({
			code: 'DESTINATION_MISPLACED_PLUS',
			title: `The number has a + at character ${characterNumber}, not at the start.`,
			detail: 'A + marks the country code and can only come first.',
			fix: 'Keep one + at the start, followed by the country code.',
			position: at,
		});
	}
	if (/\p{L}/u.test(char)) {
		return destinationIssue({
			code: 'DESTINATION_LETTERS',
			title: `The number contains a letter, ${where}.`,
			detail:
				'A destination is digits only; 8x8 cannot dial letters such as “ext” or vanity words.',
			fix: 'Remove the letters and keep only the phone number.',
			position: at,
		});
	}
	return destinationIssue({
		code: 'DESTINATION_INVALID_CHARACTER',
		title: `The number contains ${where}.`,
		detail: 'A number may have digits, a leading +, spaces, dashes, dots, brackets and slashes.',
		fix: 'Remove that character.',
		position: at,
	});
}

function destinationIssue(fields: Omit<IssueFields, 'severity' | 'path'>): Issue {
	return makeIssue({ ...fields, severity: 'error', path: 'destination' });
}
