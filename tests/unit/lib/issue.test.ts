import { describe, expect, it } from 'vitest';

import { hasBlockingIssue, type Issue } from '~/lib/issue';

const base = { code: 'X', path: 'p', title: 't', detail: 'd', fix: 'f' };

describe('hasBlockingIssue', () => {
	it('reports a blocking issue only when an error is present', () => {
		const warning: Issue = { ...base, severity: 'warning' };
		const error: Issue = { ...base, severity: 'error' };
		expect(hasBlockingIssue([])).toBe(false);
		expect(hasBlockingIssue([warning])).toBe(false);
		expect(hasBlockingIssue([warning, error])).toBe(true);
	});
});
