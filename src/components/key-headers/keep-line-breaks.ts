// Ships to the browser: recovers the line breaks a single-line field drops from pasted text.

/** The text a reader put into a single-line field, line breaks included. */
export interface LineBreakKeeper {
	/** Returns the field's text as entered, with the line breaks the field dropped. */
	read(): string;
	/** Starts over from `text` (already written to the field), e.g. a key restored from storage. */
	reset(text: string): void;
}

/**
 * Watches `input` so the key cleaner sees what was really pasted. A password or text field
 * cannot hold a line break: Chromium drops a trailing one and turns inner ones into spaces,
 * Firefox turns them into spaces. The inserted text is still whole in `beforeinput`, so it is
 * kept until the field's value changes in any other way.
 */
export function keepLineBreaks(input: HTMLInputElement): LineBreakKeeper {
	let pending: string | undefined;
	let kept: { text: string; shown: string } | undefined;

	input.addEventListener('beforeinput', (event) => {
		const data = event.data ?? event.dataTransfer?.getData('text/plain') ?? '';
		const start = input.selectionStart ?? input.value.length;
		const end = input.selectionEnd ?? start;
		pending = /[\r\n]/.test(data)
			? input.value.slice(0, start) + data + input.value.slice(end)
			: undefined;
	});
	input.addEventListener('input', () => {
		kept = pending === undefined ? undefined : { text: pending, shown: input.value };
		pending = undefined;
	});

	return {
		read: () => (kept?.shown === input.value ? kept.text : input.value),
		reset: (text) => {
			pending = undefined;
			kept = text === input.value ? undefined : { text, shown: input.value };
		},
	};
}
