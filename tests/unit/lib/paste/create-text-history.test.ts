import { describe, expect, it } from 'vitest';

import { createTextHistory } from '~/lib/paste/create-text-history';

describe('createTextHistory', () => {
	it('undoes a fix back to the pasted text', () => {
		const history = createTextHistory();
		const shown = history.replace('pasted', 'fixed');
		expect(shown).toBe('fixed');
		expect(history.undo(shown)).toBe('pasted');
		expect(history.canUndo()).toBe(false);
	});

	it('keeps what the reader typed after a fix, for redo', () => {
		const history = createTextHistory();
		history.replace('pasted', 'fixed');
		expect(history.undo('fixed and edited')).toBe('pasted');
		expect(history.redo('pasted')).toBe('fixed and edited');
		expect(history.canRedo()).toBe(false);
		expect(history.undo('fixed and edited')).toBe('pasted');
	});

	it('steps back through several fixes in order', () => {
		const history = createTextHistory();
		history.replace('a', 'b');
		history.replace('b', 'c');
		expect(history.undo('c')).toBe('b');
		expect(history.undo('b')).toBe('a');
		expect(history.undo('a')).toBeUndefined();
	});

	it('forgets redo steps when a new fix is applied', () => {
		const history = createTextHistory();
		history.replace('a', 'b');
		history.undo('b');
		history.replace('a', 'c');
		expect(history.canRedo()).toBe(false);
		expect(history.redo('c')).toBeUndefined();
	});
});
