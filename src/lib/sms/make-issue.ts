// Ships to the browser: keep it free of secrets and heavy imports.

import type { Issue } from '~/lib/issue';

/** The fields of an {@link Issue}, where `position` may also be given as `undefined`. */
export type IssueFields = Omit<Issue, 'position'> & { position?: number | undefined };

/**
 * Returns an {@link Issue} built from `fields`, leaving `position` out when it is `undefined`
 * (the project's strict optional properties forbid an explicit `undefined`).
 */
export function makeIssue(fields: IssueFields): Issue {
	const { position, ...rest } = fields;
	return position === undefined ? rest : { ...rest, position };
}
