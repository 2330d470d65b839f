// Ships to the browser: the undo and redo steps of the paste checker's one-click fixes.

/** Undo and redo for replacements of a text box's whole value; typing is not recorded. */
export interface TextHistory {
	/** Records `current` as undoable and returns `next`, the value to show. Clears redo. */
	replace(current: string, next: string): string;
	/** Returns the value before the last replacement, keeping `current` for redo. */
	undo(current: string): string | undefined;
	/** Returns the value undone last, keeping `current` for undo. */
	redo(current: string): string | undefined;
	canUndo(): boolean;
	canRedo(): boolean;
}

/**
 * Returns an empty history. Every step stores the text it replaces, including what the reader
 * typed after a fix, so undoing and redoing never loses a version of their text. `undo` and
 * `redo` return `undefined` when there is nothing to go back or forward to.
 */
export function createTextHistory(): TextHistory {
	const back: string[] = [];
	let forward: string[] = [];
	return {
		replace(current, next) {
			back.push(current);
			forward = [];
			return next;
		},
		undo(current) {
			const previous = back.pop();
			if (previous !== undefined) {
				forward.push(current);
			}
			return previous;
		},
		redo(current) {
			const next = forward.pop();
			if (next !== undefined) {
				back.push(current);
			}
			return next;
		},
		canUndo: () => back.length > 0,
		canRedo: () => forward.length > 0,
	};
}
