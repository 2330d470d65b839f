// Ships to the browser: keep it free of secrets and heavy imports.

import type { Issue } from '~/lib/issue';

import { toIssue } from './auth-messages';
import { authorizationMessages as messages } from './authorization-messages';
import { checkKeyText } from './check-key-text';
import { maskApiKey } from './mask-api-key';
import { checkValueWritten } from './check-value-written';
import { headerLineMessages } from './header-line-messages';
import { isQuoted } from './is-quoted';
import type { HeaderField } from './read-header-line';
import type { HeaderLine } from './split-header-lines';

// Schemes other APIs use; a value starting with one of these is a wrong scheme, not a key.
const OTHER_SCHEMES = new Set(['apikey', 'api-key', 'digest', 'jwt', 'key', 'oauth', 'token']);
const SCHEME_AND_REST = /^(\S+)\s+(.*)$/s;
const PATH = 'headers';

/**
 * Returns the findings about an `Authorization` value typed on `line`: empty, quoted, Basic or
 * another scheme, no scheme at all (a warning whose fix shows the corrected line with the key
 * masked), `Bearer` twice, no key, odd spacing or letter case after `Bearer`, and the findings
 * of `checkKeyText` about the key itself (the codes `cleanApiKey` uses), placed by line and
 * character.
 */
export function checkAuthorizationValue(field: HeaderField, line: HeaderLine): Issue[] {
	const { value, valueOffset: at } = field;
	const facts = { line: line.number, name: field.name };
	const unreadable = checkValueWritten(field, line);
	if (unreadable.length > 0) {
		return unreadable;
	}

	const [, scheme = value, rest = ''] = SCHEME_AND_REST.exec(value) ?? [];
	const lower = scheme.toLowerCase();
	if (lower === 'basic') {
		return [toIssue('HEADER_AUTH_BASIC', messages.HEADER_AUTH_BASIC(facts), PATH, at)];
	}
	if (lower === 'bearer' && rest === '') {
		const message = messages.HEADER_BEARER_KEY_MISSING(facts);
		return [toIssue('HEADER_BEARER_KEY_MISSING', message, PATH, at)];
	}
	if (OTHER_SCHEMES.has(lower)) {
		const message = messages.HEADER_AUTH_SCHEME_UNKNOWN({ ...facts, scheme });
		return [toIssue('HEADER_AUTH_SCHEME_UNKNOWN', message, PATH, at)];
	}
	if (lower !== 'bearer') {
		const fixed = `Authorization: Bearer ${maskApiKey(value)}`;
		const message = messages.HEADER_AUTH_SCHEME_MISSING({ ...facts, fixed });
		return [
			toIssue('HEADER_AUTH_SCHEME_MISSING', message, PATH, at),
			...keyIssues(value, at, line),
		];
	}
	return bearerIssues(value, scheme, at, line);
}

function bearerIssues(value: string, scheme: string, at: number, line: HeaderLine): Issue[] {
	const facts = { line: line.number, name: 'Authorization' };
	const issues: Issue[] = [];
	if (scheme !== 'Bearer') {
		issues.push(toIssue('HEADER_BEARER_CASE', messages.HEADER_BEARER_CASE(facts), PATH, at));
	}

	// Spaces and tabs after Bearer are a spacing slip; any other blank (a no-break space) is
	// left at the start of the key, so the key checks name it by code point.
	const blanks = /^[ \t]*/.exec(value.slice(scheme.length))?.[0] ?? '';
	if (blanks.length > 0 && blanks !== ' ') {
		const message = messages.HEADER_BEARER_SPACING(facts);
		issues.push(toIssue('HEADER_BEARER_SPACING', message, PATH, at + scheme.length));
	}
	const keyStart = scheme.length + blanks.length;
	const key = value.slice(keyStart);

	if (/^bearer(?:\s|$)/i.test(key)) {
		const message = messages.HEADER_BEARER_TWICE(facts);
		return [...issues, toIssue('HEADER_BEARER_TWICE', message, PATH, at + keyStart)];
	}
	if (isQuoted(key)) {
		const message = headerLineMessages.HEADER_VALUE_QUOTED(facts);
		return [...issues, toIssue('HEADER_VALUE_QUOTED', message, PATH, at + keyStart)];
	}
	return [...issues, ...keyIssues(key, at + keyStart, line)];
}

function keyIssues(key: string, offset: number, line: HeaderLine): Issue[] {
	return checkKeyText(key, {
		path: PATH,
		offset,
		place: (position) => `line ${line.number}, character ${position - line.offset + 1}`,
	});
}
