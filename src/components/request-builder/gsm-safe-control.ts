// Ships to the browser: the "Make GSM-safe" step of the request widget. It previews the swaps,
// applies them to the Message text on Apply, and keeps the reader's own text for Undo.
import { describeGsmSafe, type GsmSafePreview } from './describe-gsm-safe';

/** Drives the GSM-safe markup of EncodingDetails.astro for one text field. */
export class GsmSafeControl {
	#root: HTMLElement;
	#field: HTMLTextAreaElement;
	#onChange: () => void;
	#preview: (GsmSafePreview & { from: string }) | undefined;
	#undoText: string | undefined;

	/** `onChange` runs after the control itself changes the field's value. */
	constructor(root: HTMLElement, field: HTMLTextAreaElement, onChange: () => void) {
		this.#root = root;
		this.#field = field;
		this.#onChange = onChange;
		this.#button('preview').addEventListener('click', () => this.#open());
		this.#button('apply').addEventListener('click', () => this.#apply());
		this.#button('cancel').addEventListener('click', () => this.#cancel());
		this.#button('undo').addEventListener('click', () => this.#undo());
		// Once the reader edits the new text, Undo would throw that edit away.
		field.addEventListener('input', () => this.#forgetUndo());
	}

	/** Shows "Make GSM-safe" only when it would change the current text. */
	update(): void {
		const text = this.#field.value;
		if (this.#preview && this.#preview.from !== text) {
			this.#preview = undefined;
		}
		this.#part('[data-preview]').hidden = !this.#preview;
		this.#button('preview').hidden = Boolean(this.#preview) || !describeGsmSafe(text);
	}

	#open(): void {
		const preview = describeGsmSafe(this.#field.value);
		if (!preview) {
			return;
		}
		this.#preview = { ...preview, from: this.#field.value };
		const items = preview.changes.map((change) => {
			const item = document.createElement('li');
			item.textContent = change;
			return item;
		});
		this.#part('[data-out="gsm-changes"]').replaceChildren(...items);
		this.#part('[data-out="gsm-text"]').textContent = preview.text;
		this.update();
		this.#button('apply').focus();
	}

	#apply(): void {
		if (!this.#preview) {
			return;
		}
		this.#undoText = this.#preview.from;
		this.#field.value = this.#preview.text;
		this.#preview = undefined;
		this.#onChange();
		this.#button('undo').hidden = false;
		this.#button('undo').focus();
		this.#status('Replaced the look-alike characters. Undo brings your own text back.');
	}

	#undo(): void {
		if (this.#undoText === undefined) {
			return;
		}
		this.#field.value = this.#undoText;
		this.#forgetUndo();
		this.#onChange();
		this.#field.focus();
		this.#status('Your own text is back in Message text.');
	}

	#cancel(): void {
		this.#preview = undefined;
		this.update();
		this.#button('preview').focus();
	}

	#forgetUndo(): void {
		this.#undoText = undefined;
		this.#button('undo').hidden = true;
		this.#status('');
	}

	#status(text: string): void {
		this.#part('[data-out="gsm-status"]').textContent = text;
	}

	#button(action: string): HTMLButtonElement {
		return this.#part(`[data-action="${action}"]`) as HTMLButtonElement;
	}

	#part(selector: string): HTMLElement {
		return this.#root.querySelector<HTMLElement>(selector) ?? document.createElement('div');
	}
}
