import { describe, expect, it } from 'vitest';

import { previewFix } from '~/lib/paste/preview-fix';

describe('previewFix', () => {
	it('shows the changed stretch with context, marking the cuts', () => {
		const before = '{"destination":"+6591234567","text":"New mail: Order "ABC-123" shipped"}';
		const after = '{"destination":"+6591234567","text":"New mail: Order \\"ABC-123\\" shipped"}';
		expect(previewFix(before, after, 8)).toEqual({
			before: '…: Order "ABC-123" shippe…',
			after: '…: Order \\"ABC-123\\" shippe…',
		});
	});

	it('shows a change at the very start without a leading mark', () => {
		expect(previewFix('+65', '"+65"', 3)).toEqual({ before: '+65', after: '"+65"' });
	});

	it('shortens a long stretch to 160 characters', () => {
		const before = `a${'x'.repeat(300)}b`;
		const after = `A${'x'.repeat(300)}B`;
		const preview = previewFix(before, after, 0);
		expect(preview.before).toHaveLength(161);
		expect(preview.before.endsWith('…')).toBe(true);
	});

	it('returns empty strings when nothing changed', () => {
		expect(previewFix('same', 'same')).toEqual({ before: '', after: '' });
	});
});
