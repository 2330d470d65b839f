// Ships to the browser: keep it free of secrets and heavy imports.

import type { Issue } from '~/lib/issue';

import { toIssue } from './auth-messages';
import { headerLineMessages as messages } from './header-line-messages';

/** The header name the reader meant, and what is wrong with the way it was typed. */
export interface ResolvedHeaderName {
	name: string;
	issues: Issue[];
}

const NEEDED_NAMES = ['Authorization', 'Content-Type'];

// Headers other APIs read keys from; readers who used those APIs type them here.
const KEY_HEADER_NAMES = new Set([
	'access-token',
	'api-key',
	'apikey',
	'auth',
	'authentication',
	'bearer',
	'token',
	'x-access-token',
	'x-api-key',
	'x-auth-token',
]);

// RFC 9110 `token`: the characters a field name may have.
const FIELD_NAME = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;

// Two edits catch `Authorisation`, `Autorization` and `Content_Type` while staying far from
// other real headers such as `Content-Length`.
const MOST_EDITS = 2;
const PATH = 'headers';

/**
 * Maps a trimmed header name to the header the reader meant. Letter case never matters.
 * A name within two edits of `Authorization` or `Content-Type`, or one used by other APIs for
 * keys (`X-API-Key`), is an error resolved to the needed name; any other name that is not a
 * valid HTTP field name is an error; other names pass through unchanged.
 */
export function resolveHeaderName(
	name: string,
	where: { line: number; position: number },
): ResolvedHeaderName {
	const lower = name.toLowerCase();
	const exact = NEEDED_NAMES.find((needed) => needed.toLowerCase() === lower);
	if (exact !== undefined) {
		return { name: exact, issues: [] };
	}

	const near = NEEDED_NAMES.find(
		(needed) => editDistance(needed.toLowerCase(), lower) <= MOST_EDITS,
	);
	if (near !== undefined) {
		const message = messages.HEADER_NAME_MISSPELT({ line: where.line, name: near, typed: name });
		return { name: near, issues: [toIssue('HEADER_NAME_MISSPELT', message, PATH, where.position)] };
	}
	if (KEY_HEADER_NAMES.has(lower)) {
		const message = messages.HEADER_NAME_KEY_ALIAS({ line: where.line, typed: name });
		const issue = toIssue('HEADER_NAME_KEY_ALIAS', message, PATH, where.position);
		return { name: 'Authorization', issues: [issue] };
	}
	if (!FIELD_NAME.test(name)) {
		const message = messages.HEADER_NAME_INVALID({ line: where.line });
		return { name, issues: [toIssue('HEADER_NAME_INVALID', message, PATH, where.position)] };
	}
	return { name, issues: [] };
}

// Optimal string alignment distance: insertions, deletions, substitutions and swaps of two
// neighbours each cost one, so `Authroization` is one edit away.
function editDistance(a: string, b: string): number {
	const cell = (row: readonly number[], j: number) => row[j] ?? Number.POSITIVE_INFINITY;
	let before: number[] = [];
	let previous = Array.from({ length: b.length + 1 }, (_, j) => j);

	for (let i = 1; i <= a.length; i++) {
		const current = [i];
		for (let j = 1; j <= b.length; j++) {
			const cost = a[i - 1] === b[j - 1] ? 0 : 1;
			let best = Math.min(cell(previous, j) + 1, cell(current, j - 1) + 1);
			best = Math.min(best, cell(previous, j - 1) + cost);
			if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
				best = Math.min(best, cell(before, j - 2) + 1);
			}
			current.push(best);
		}
		[before, previous] = [previous, current];
	}
	return cell(previous, b.length);
}
