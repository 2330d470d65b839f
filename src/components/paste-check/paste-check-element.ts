// Ships to the browser: glue between the paste box and src/lib/paste. The checker (zod, JSON
// reader) loads on first focus or input, so it adds nothing to page load.
import type * as CheckerModule from '~/lib/paste/check-pasted-body';
import { createTextHistory } from '~/lib/paste/create-text-history';
import { previewFix } from '~/lib/paste/preview-fix';
import { summarizePasteCheck } from '~/lib/paste/summarize-paste-check';
import type { PasteCheck, PasteFix } from '~/lib/paste/types';

import { renderFindings } from '../shared/render-findings';

type Checker = typeof CheckerModule;

export class SmsPasteCheck extends HTMLElement {
	#checker: Promise<Checker> | undefined;
	#frame = 0;
	#history = createTextHistory();
	#last: PasteCheck | undefined;

	connectedCallback(): void {
		const box = this.querySelector('textarea');
		if (!box) {
			return;
		}
		box.addEventListener('focus', () => void this.#loadChecker(), { once: true });
		box.addEventListener('input', () => this.#schedule(box));
		this.#button('undo').addEventListener('click', () => this.#step(box, 'undo'));
		this.#button('redo').addEventListener('click', () => this.#step(box, 'redo'));
		this.#button('show-error').addEventListener('click', () => this.#showError(box));
		if (box.value !== '') {
			this.#schedule(box);
		}
	}

	disconnectedCallback(): void {
		cancelAnimationFrame(this.#frame);
	}

	#loadChecker(): Promise<Checker> {
		this.#checker ??= import('~/lib/paste/check-pasted-body');
		return this.#checker;
	}

	// One check per frame at most, however fast the reader types or pastes.
	#schedule(box: HTMLTextAreaElement): void {
		if (this.#frame !== 0) {
			return;
		}
		this.#frame = requestAnimationFrame(() => {
			this.#frame = 0;
			void this.#check(box);
		});
	}

	async #check(box: HTMLTextAreaElement): Promise<void> {
		if (!this.#checker) {
			this.#output('[data-status]').textContent = 'Loading the checker…';
		}
		const { checkPastedBody } = await this.#loadChecker();
		const result = checkPastedBody(box.value);
		this.#last = result;
		this.#output('[data-status]').textContent = summarizePasteCheck(result);
		renderFindings(this.#output('[data-findings]'), result.issues);
		this.#renderFixes(box, result.fixes);
		this.#button('show-error').hidden = result.kind !== 'json-error';
		this.#button('undo').hidden = !this.#history.canUndo();
		this.#button('redo').hidden = !this.#history.canRedo();
	}

	#renderFixes(box: HTMLTextAreaElement, fixes: readonly PasteFix[]): void {
		const items = fixes.map((fix) => {
			const preview = previewFix(box.value, fix.text);
			const item = document.createElement('li');
			item.className = 'sms-paste-fix';
			const button = document.createElement('button');
			button.type = 'button';
			button.textContent = fix.label;
			button.addEventListener('click', () => this.#apply(box, fix));
			item.append(
				paragraph(fix.description),
				paragraph('Now:'),
				code(preview.before),
				paragraph('After the fix:'),
				code(preview.after),
				button,
			);
			return item;
		});
		this.#output('[data-fixes]').replaceChildren(...items);
		this.#output('[data-fixes-section]').hidden = items.length === 0;
	}

	#apply(box: HTMLTextAreaElement, fix: PasteFix): void {
		box.value = this.#history.replace(box.value, fix.text);
		box.focus();
		void this.#check(box);
	}

	#step(box: HTMLTextAreaElement, direction: 'undo' | 'redo'): void {
		const text = this.#history[direction](box.value);
		if (text === undefined) {
			return;
		}
		box.value = text;
		box.focus();
		void this.#check(box);
	}

	#showError(box: HTMLTextAreaElement): void {
		if (this.#last?.kind !== 'json-error') {
			return;
		}
		const { offset } = this.#last.error;
		box.focus();
		box.setSelectionRange(offset, Math.min(offset + 1, box.value.length));
	}

	#button(action: string): HTMLButtonElement {
		return (
			this.querySelector<HTMLButtonElement>(`[data-action="${action}"]`) ??
			document.createElement('button')
		);
	}

	#output(selector: string): HTMLElement {
		return this.querySelector<HTMLElement>(selector) ?? document.createElement('div');
	}
}

function paragraph(text: string): HTMLParagraphElement {
	const element = document.createElement('p');
	element.textContent = text;
	return element;
}

function code(text: string): HTMLPreElement {
	const element = document.createElement('pre');
	element.textContent = text;
	return element;
}
