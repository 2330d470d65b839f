// Ships to the browser: keep it free of secrets and heavy imports.

import type { CheckResult, Issue } from '~/lib/issue';

import { describeCharacterAt } from './describe-character-at';
import { SMS_LIMITS } from './limits';
import { makeIssue, type IssueFields } from './make-issue';

const MAX_ALPHANUMERIC = SMS_LIMITS.sender.alphanumericMaxLength;
// 8x8's OpenAPI file caps `source` at 16 characters, the `+` included.
const MAX_NUMERIC = SMS_LIMITS.sender.numericMaxLength;
const NUMERIC = /^\+?\d+$/;
const ALPHANUMERIC_CHAR = /^[A-Za-z0-9 ]$/;

/**
 * Checks the optional sender id (8x8's `source`). Empty or blank input is fine and gives
 * `undefined`: 8x8's route then picks the sender. Digits with an optional leading `+` are a
 * numeric sender of at most 16 characters; anything else is alphanumeric: ASCII letters,
 * digits and spaces, at most 11. Returns the sender unchanged. Errors:
 * `SENDER_NUMERIC_TOO_LONG`, `SENDER_ALPHANUMERIC_TOO_LONG` (its fix names a shorter sender)
 * and `SENDER_INVALID_CHARACTER` (one per distinct character, with its `position`). Warning
 * `SENDER_OUTER_SPACE` for spaces at either end; info `SENDER_COUNTRY_RULES` for any sender.
 */
export function checkSenderId(raw: string): CheckResult<string | undefined> {
	if (raw.trim() === '') {
		return { ok: true, value: undefined, issues: [] };
	}

	const errors = NUMERIC.test(raw) ? numericIssues(raw) : alphanumericIssues(raw);
	if (errors.length > 0) {
		return { ok: false, issues: errors };
	}

	const issues = [countryRulesIssue()];
	if (raw !== raw.trim()) {
		issues.unshift(outerSpaceIssue(raw));
	}
	return { ok: true, value: raw, issues };
}

function numericIssues(raw: string): Issue[] {
	if (raw.length <= MAX_NUMERIC) {
		return [];
	}
	return [
		senderIssue({
			code: 'SENDER_NUMERIC_TOO_LONG',
			title: `Numeric sender: at most ${MAX_NUMERIC} characters, got ${raw.length}.`,
			detail:
				'A numeric sender is a phone number: up to 15 digits after the +, 16 characters in all.',
			fix: 'Use the number in international form, such as +6591234567, or leave the sender empty.',
		}),
	];
}

function alphanumericIssues(raw: string): Issue[] {
	const issues = invalidCharacterIssues(raw);
	if (raw.length > MAX_ALPHANUMERIC) {
		issues.push(
			senderIssue({
				code: 'SENDER_ALPHANUMERIC_TOO_LONG',
				title: `Alphanumeric sender: at most ${MAX_ALPHANUMERIC} characters, got ${raw.length}.`,
				detail: '8x8 takes at most 11 characters for a named sender, spaces included.',
				fix: `Shorten it, for example to ${shorten(raw)}.`,
			}),
		);
	}
	return issues;
}

// Dropping spaces keeps every letter when that is enough; otherwise cut at 11 characters.
function shorten(raw: string): string {
	const sendable = Array.from(raw)
		.filter((char) => ALPHANUMERIC_CHAR.test(char))
		.join('')
		.trim();
	const joined = sendable.replace(/ /g, '');
	if (joined.length <= MAX_ALPHANUMERIC) {
		return joined;
	}
	return sendable.slice(0, MAX_ALPHANUMERIC).trimEnd();
}

function invalidCharacterIssues(raw: string): Issue[] {
	const seen = new Set<string>();
	const issues: Issue[] = [];
	let index = 0;
	for (const char of raw) {
		if (!ALPHANUMERIC_CHAR.test(char) && !seen.has(char)) {
			seen.add(char);
			issues.push(invalidCharacterIssue(raw, char, index));
		}
		index += char.length;
	}
	return issues;
}

function invalidCharacterIssue(raw: string, char: string, index: number): Issue {
	const plus = char === '+';
	return senderIssue({
		code: 'SENDER_INVALID_CHARACTER',
		title: `The sender contains ${describeCharacterAt(raw, index)}.`,
		detail: plus
			? 'A + may only start a numeric sender made of digits, such as +6591234567.'
			: 'A named sender may use only the letters A to Z and a to z, digits and spaces; ' +
				'accents, symbols and emoji are not sent.',
		fix: plus ? 'Remove the + or use only digits after it.' : 'Remove or replace that character.',
		position: index,
	});
}

function outerSpaceIssue(raw: string): Issue {
	return senderIssue({
		code: 'SENDER_OUTER_SPACE',
		severity: 'warning',
		title: 'The sender starts or ends with a space.',
		detail: 'The space counts toward the 11 characters and phones show it as a gap.',
		fix: `Remove it: ${raw.trim()}.`,
		position: raw[0] === ' ' ? 0 : raw.trimEnd().length,
	});
}

function countryRulesIssue(): Issue {
	return senderIssue({
		code: 'SENDER_COUNTRY_RULES',
		severity: 'info',
		title: 'Some countries replace or block sender ids.',
		detail:
			'Depending on the destination, the network may overwrite the sender ' +
			'or accept it only after registration.',
		fix: 'Check the rules for your destination country with 8x8 before relying on the sender.',
	});
}

function senderIssue(
	fields: Omit<IssueFields, 'path' | 'severity'> & Partial<Pick<Issue, 'severity'>>,
): Issue {
	return makeIssue({ severity: 'error', ...fields, path: 'source' });
}
