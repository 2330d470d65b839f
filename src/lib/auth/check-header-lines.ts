// Ships to the browser: keep it free of secrets and heavy imports.

import type { Issue } from '~/lib/issue';

import { toIssue } from './auth-messages';
import { authorizationMessages } from './authorization-messages';
import { checkAuthorizationValue } from './check-authorization-value';
import { checkContentTypeValue } from './check-content-type-value';
import { contentTypeMessages } from './content-type-messages';
import { headerLineMessages } from './header-line-messages';
import { readHeaderLine } from './read-header-line';
import { splitHeaderLines } from './split-header-lines';

const PATH = 'headers';

/**
 * Returns the findings about what a reader typed into Workato's Header auth box, one
 * `Name: value` per line (blank lines are skipped). Names match in any letter case.
 * Checks each line's shape and name, the `Authorization` and `Content-Type` values, headers
 * given twice (a warning on the later line), and reports a missing `Authorization` or
 * `Content-Type` as an error. Positions are 0-based indexes into `text`. Messages never contain
 * the key: the one fix that shows a corrected `Authorization` line masks it.
 */
export function checkHeaderLines(text: string): Issue[] {
	const issues: Issue[] = [];
	const firstLines = new Map<string, number>();

	for (const line of splitHeaderLines(text)) {
		if (line.text.trim() === '') {
			continue;
		}
		const { issues: lineIssues, field } = readHeaderLine(line);
		issues.push(...lineIssues);
		if (field === undefined) {
			continue;
		}

		const key = field.name.toLowerCase();
		const first = firstLines.get(key);
		if (first === undefined) {
			firstLines.set(key, line.number);
		} else {
			const message = headerLineMessages.HEADER_DUPLICATE({
				name: field.name,
				line: line.number,
				first,
			});
			issues.push(toIssue('HEADER_DUPLICATE', message, PATH, line.offset));
		}

		if (key === 'authorization') {
			issues.push(...checkAuthorizationValue(field, line));
		} else if (key === 'content-type') {
			issues.push(...checkContentTypeValue(field, line));
		}
	}
	return [...issues, ...missingIssues(firstLines)];
}

function missingIssues(firstLines: ReadonlyMap<string, number>): Issue[] {
	const issues: Issue[] = [];
	if (!firstLines.has('authorization')) {
		const message = authorizationMessages.HEADER_AUTHORIZATION_MISSING();
		issues.push(toIssue('HEADER_AUTHORIZATION_MISSING', message, PATH));
	}
	if (!firstLines.has('content-type')) {
		const message = contentTypeMessages.HEADER_CONTENT_TYPE_MISSING();
		issues.push(toIssue('HEADER_CONTENT_TYPE_MISSING', message, PATH));
	}
	return issues;
}
