import { describe, expect, it } from 'vitest';

import { buildErrorRows } from '~/lib/errors/build-error-rows';
import { API_CODES } from '~/lib/errors/error-catalogue';
import { HTTP_STATUSES } from '~/lib/errors/http-statuses';
import { REJECTION_REASONS } from '~/lib/errors/rejection-reasons';

const ALL_ROWS = [
	...buildErrorRows('statuses'),
	...buildErrorRows('codes'),
	...buildErrorRows('rejections'),
];

describe('buildErrorRows', () => {
	it('gives one row per catalogue entry', () => {
		expect(buildErrorRows('statuses')).toHaveLength(HTTP_STATUSES.length);
		expect(buildErrorRows('codes')).toHaveLength(API_CODES.length);
		expect(buildErrorRows('rejections')).toHaveLength(REJECTION_REASONS.length);
	});

	it('gives every row its own anchor', () => {
		const ids = ALL_ROWS.map((row) => row.id);
		expect(new Set(ids).size).toBe(ids.length);
		for (const id of ids) {
			expect(id).toMatch(/^(status-\d{3}|code-\d+(-\d+)?|rejected-[a-z0-9]+(-[a-z0-9]+)*)$/);
		}
	});

	it('links only to anchors the page has', () => {
		const ids = new Set(ALL_ROWS.map((row) => `#${row.id}`));
		const hrefs = ALL_ROWS.flatMap((row) => row.related.map((link) => link.href));
		expect(hrefs.filter((href) => !ids.has(href))).toEqual([]);
	});

	it('links status 401 to the codes it usually carries', () => {
		const row = buildErrorRows('statuses').find((entry) => entry.id === 'status-401');
		expect(row?.related).toEqual([
			{ label: 'Code 1001', href: '#code-1001' },
			{ label: 'Code 1200', href: '#code-1200' },
		]);
	});

	it('labels the chat-apps range with both ends and says it is not met for SMS', () => {
		const row = buildErrorRows('codes').find((entry) => entry.id === 'code-3015-3060');
		expect(row).toMatchObject({ label: '3015–3060', related: [] });
		expect(row?.notes).toEqual(['Not met when sending an SMS']);
	});

	it('marks the answers only the mock gives', () => {
		const marked = ALL_ROWS.filter((row) => row.notes.includes("Only this site's mock gives it"));
		expect(marked.map((row) => row.id)).toEqual(['status-405', 'status-415', 'code-415']);
	});

	it("uses 8x8's exact description as the label of a rejection", () => {
		const row = buildErrorRows('rejections')[0];
		expect(row).toMatchObject({ id: 'rejected-text-missing', label: 'Text value is missing' });
	});
});
