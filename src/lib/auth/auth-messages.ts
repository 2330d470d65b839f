// Ships to the browser: keep it free of secrets and heavy imports.

import type { Issue, Severity } from '~/lib/issue';

/** The reader-facing half of a finding: how much it matters, what is wrong, why, and the fix. */
export interface AuthMessage {
	severity: Severity;
	title: string;
	detail: string;
	fix: string;
}

/** The Workato connection setup 8x8 needs, as one instruction every auth message can end with. */
export const HEADER_AUTH_SETUP =
	'In the Workato connection choose Header auth, enter Authorization as the header name, ' +
	'and as the value the word Bearer, one space, then your API key.';

/**
 * Returns an `Issue` made of a stable `code`, a message from one of the auth message tables, the
 * field it concerns and, when given, the 0-based character index it points at.
 */
export function toIssue(
	code: string,
	message: AuthMessage,
	path: string,
	position?: number,
): Issue {
	const issue: Issue = { code, path, ...message };
	// exactOptionalPropertyTypes: an absent position must stay absent, not `undefined`.
	if (position !== undefined) {
		issue.position = position;
	}
	return issue;
}
