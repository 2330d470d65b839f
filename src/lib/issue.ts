// Ships to the browser: keep it free of secrets and heavy imports.

/** How much a finding matters: `error` blocks sending, `warning` and `info` do not. */
export type Severity = 'error' | 'warning' | 'info';

/**
 * One finding about something the reader typed, worded for the reader.
 * `title` says what is wrong, `detail` why, `fix` the one action that mends it.
 */
export interface Issue {
	/** Stable UPPER_SNAKE code; tests and docs match on it, so never rename one. */
	code: string;
	severity: Severity;
	/** The field the finding is about, e.g. `apiKey`, `destination`, `text`. */
	path: string;
	title: string;
	detail: string;
	fix: string;
	/** Zero-based character index in the reader's input, when the finding has one. */
	position?: number;
}

/** A validator's answer: it never throws for bad input. Warnings may ride along with `ok: true`. */
export type CheckResult<T> =
	{ ok: true; value: T; issues: Issue[] } | { ok: false; issues: Issue[] };

/** Returns true when any finding blocks sending. */
export function hasBlockingIssue(issues: readonly Issue[]): boolean {
	return issues.some((issue) => issue.severity === 'error');
}
