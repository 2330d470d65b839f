import { describe, expect, it } from 'vitest';

import { makeIssue } from '~/lib/sms/make-issue';

const fields = {
	code: 'X_Y',
	severity: 'error',
	path: 'text',
	title: 'T.',
	detail: 'D.',
	fix: 'F.',
} as const;

describe('makeIssue', () => {
	it('leaves out an undefined position', () => {
		const issue = makeIssue({ ...fields, position: undefined });

		expect(issue).toEqual(fields);
		expect('position' in issue).toBe(false);
	});

	it('keeps a position of 0', () => {
		expect(makeIssue({ ...fields, position: 0 })).toEqual({ ...fields, position: 0 });
	});
});
