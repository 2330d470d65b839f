import { describe, expect, it } from 'vitest';

import { checkValueWritten } from '~/lib/auth/check-value-written';

const line = { number: 2, text: '', offset: 40 };

describe('checkValueWritten', () => {
	it.each([
		{ value: '', code: 'HEADER_VALUE_EMPTY' },
		{ value: '"application/json"', code: 'HEADER_VALUE_QUOTED' },
		{ value: '“Bearer x”', code: 'HEADER_VALUE_QUOTED' },
	])('stops at $code for $value', ({ value, code }) => {
		const issues = checkValueWritten({ name: 'Content-Type', value, valueOffset: 54 }, line);
		expect(issues.map((issue) => [issue.code, issue.path, issue.position])).toEqual([
			[code, 'headers', 54],
		]);
	});

	it('lets a plain value through to its own checks', () => {
		const field = { name: 'Content-Type', value: 'application/json', valueOffset: 54 };
		expect(checkValueWritten(field, line)).toEqual([]);
	});
});
