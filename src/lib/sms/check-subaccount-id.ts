// Ships to the browser: keep it free of secrets and heavy imports.

import type { CheckResult, Issue } from '~/lib/issue';
import { SUBACCOUNT_ID_PATTERN } from '~/lib/schema/sms-field-rules';

import { describeCharacterAt } from './describe-character-at';
import { extractSubaccountFromUrl } from './extract-subaccount-from-url';
import { isPlaceholderId } from './is-placeholder-id';
import { makeIssue } from './make-issue';

const VALID_ID = SUBACCOUNT_ID_PATTERN;
const ALLOWED_CHAR = /^[A-Za-z0-9\-._&]$/;
const KEY_LIKE = /^[A-Za-z0-9]{30,}$/;
const BRACKETS = /[{}<>[\]]/g;
const FIX_COPY = 'Copy the id again from the 8x8 Connect portal.';
const RULE =
	'8x8 accepts 3 to 50 characters in a sub-account id: letters A-Z and a-z, digits, and - . _ &.';

/**
 * Checks a sub-account id as the reader typed it, without trimming or repairing anything.
 * Returns the id unchanged when it matches 8x8's pattern `^[A-Za-z0-9\-._&]{3,50}$` and does
 * not look like a placeholder, a pasted URL or a pasted API key; otherwise errors with codes
 * `SUBACCOUNT_EMPTY`, `SUBACCOUNT_URL_PASTED`, `SUBACCOUNT_PLACEHOLDER`, `SUBACCOUNT_BRACKETS`,
 * `SUBACCOUNT_WHITESPACE`, `SUBACCOUNT_SLASH`, `SUBACCOUNT_LOOKS_LIKE_API_KEY`,
 * `SUBACCOUNT_TOO_SHORT`, `SUBACCOUNT_TOO_LONG` and `SUBACCOUNT_INVALID_CHARACTER`.
 * A fix names the corrected id when one can be derived (`acme_hq//messages` gives `acme_hq`).
 */
export function checkSubaccountId(raw: string): CheckResult<string> {
	const issues = findIssues(raw);
	if (issues.length > 0) {
		return { ok: false, issues };
	}
	return { ok: true, value: raw, issues: [] };
}

function findIssues(raw: string): Issue[] {
	if (raw.trim() === '') {
		return [
			issue(
				'SUBACCOUNT_EMPTY',
				'The sub-account id is empty.',
				'The id is part of the URL, /api/v1/subaccounts/{subAccountId}/messages.',
				'Copy the sub-account id (often your account name followed by _hq) ' +
					'from the 8x8 Connect portal.',
			),
		];
	}

	const pasted = extractSubaccountFromUrl(raw);
	if (pasted.isUrl) {
		return urlIssues(pasted.id);
	}
	if (isPlaceholderId(raw)) {
		return [placeholderIssue(raw)];
	}

	const shapeIssues = [bracketIssue(raw), whitespaceIssue(raw), slashIssue(raw), keyIssue(raw)];
	const found = shapeIssues.filter((item): item is Issue => item !== undefined);
	if (found.length > 0) {
		return found;
	}
	return [...lengthIssues(raw), ...characterIssues(raw)];
}

function urlIssues(id: string | undefined): Issue[] {
	const usable = id !== undefined && VALID_ID.test(id) && !isPlaceholderId(id);
	const urlIssue = issue(
		'SUBACCOUNT_URL_PASTED',
		'This is a whole URL, not a sub-account id.',
		'The URL is built for you; this field takes only the part after /subaccounts/.',
		usable
			? `Enter only the id: ${id}`
			: 'Enter only the sub-account id shown in the 8x8 Connect portal, such as acme_hq.',
	);
	return id === undefined || usable ? [urlIssue] : [urlIssue, ...findIssues(id)];
}

function placeholderIssue(raw: string): Issue {
	return issue(
		'SUBACCOUNT_PLACEHOLDER',
		`“${raw.trim()}” is a placeholder, not a sub-account id.`,
		'Template text left in the URL makes 8x8 answer that the sub-account does not exist.',
		'Replace it with your own sub-account id from the 8x8 Connect portal, such as acme_hq.',
	);
}

function bracketIssue(raw: string): Issue | undefined {
	const index = raw.search(BRACKETS);
	if (index === -1) {
		return undefined;
	}

	const inner = raw.replace(BRACKETS, '');
	return issue(
		'SUBACCOUNT_BRACKETS',
		`The sub-account id contains ${describeCharacterAt(raw, index)}.`,
		'Braces and angle brackets only mark where a value goes in documentation.',
		VALID_ID.test(inner) ? `Remove the brackets: ${inner}` : 'Remove the brackets.',
		index,
	);
}

function whitespaceIssue(raw: string): Issue | undefined {
	const index = raw.search(/\s/);
	if (index === -1) {
		return undefined;
	}

	const trimmed = raw.trim();
	const onlyOutside = !/\s/.test(trimmed) && VALID_ID.test(trimmed);
	return issue(
		'SUBACCOUNT_WHITESPACE',
		`The sub-account id contains ${describeCharacterAt(raw, index)}.`,
		'The id goes into the URL, where a space becomes %20 ' +
			'and names a sub-account that does not exist.',
		onlyOutside
			? `Remove the spaces around the id: ${trimmed}`
			: 'Remove the spaces; copy the id from the portal if it has a _ or - there.',
		index,
	);
}

function slashIssue(raw: string): Issue | undefined {
	const index = raw.indexOf('/');
	if (index === -1) {
		return undefined;
	}

	const first = raw.split('/').find((part) => part !== '');
	const usable = first !== undefined && VALID_ID.test(first);
	return issue(
		'SUBACCOUNT_SLASH',
		`The sub-account id contains a slash at character ${index + 1}.`,
		'A slash splits the URL path, so 8x8 reads a different address and answers 404.',
		usable ? `Keep only the id: ${first}` : 'Remove the slashes and anything after them.',
		index,
	);
}

function keyIssue(raw: string): Issue | undefined {
	if (!KEY_LIKE.test(raw)) {
		return undefined;
	}
	return issue(
		'SUBACCOUNT_LOOKS_LIKE_API_KEY',
		'This looks like an API key, not a sub-account id.',
		`It is a run of ${raw.length} letters and digits; sub-account ids are short names ` +
			'such as acme_hq, and anything here ends up in the URL and in logs.',
		'Put the key in the Authorization header and enter the sub-account id here.',
	);
}

function lengthIssues(raw: string): Issue[] {
	if (raw.length < 3) {
		return [
			issue(
				'SUBACCOUNT_TOO_SHORT',
				`The sub-account id has ${raw.length} characters.`,
				RULE,
				FIX_COPY,
			),
		];
	}
	if (raw.length > 50) {
		return [
			issue(
				'SUBACCOUNT_TOO_LONG',
				`The sub-account id has ${raw.length} characters.`,
				RULE,
				FIX_COPY,
			),
		];
	}
	return [];
}

function characterIssues(raw: string): Issue[] {
	const seen = new Set<string>();
	const issues: Issue[] = [];
	let index = 0;
	for (const char of raw) {
		if (!ALLOWED_CHAR.test(char) && !seen.has(char)) {
			seen.add(char);
			const where = describeCharacterAt(raw, index);
			issues.push(
				issue(
					'SUBACCOUNT_INVALID_CHARACTER',
					`The sub-account id contains ${where}.`,
					RULE,
					FIX_COPY,
					index,
				),
			);
		}
		index += char.length;
	}
	return issues;
}

function issue(code: string, title: string, detail: string, fix: string, position?: number): Issue {
	return makeIssue({ code, severity: 'error', path: 'subAccountId', title, detail, fix, position });
}
