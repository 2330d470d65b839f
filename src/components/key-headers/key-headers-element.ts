// Ships to the browser: glue between the key form and src/lib/auth. Never logs the key.
import { buildAuthHeaders, formatHeaderLines } from '~/lib/auth/build-auth-headers';
import { checkConnectionType, type ConnectionType } from '~/lib/auth/check-connection-type';
import { checkHeaderLines } from '~/lib/auth/check-header-lines';
import { cleanApiKey } from '~/lib/auth/clean-api-key';
import { maskApiKey } from '~/lib/auth/mask-api-key';
import type { Issue } from '~/lib/issue';

import { draftStore, keyStore } from '../shared/page-state';
import { renderFindings } from '../shared/render-findings';
import { restoreCheckbox, restoreControl } from '../shared/restore-control';
import { getTabStorage } from '../shared/tab-storage';
import { keepLineBreaks, type LineBreakKeeper } from './keep-line-breaks';

const WHERE_TEXT = {
	memory:
		'Your key is kept in this page’s memory only: it is gone when you reload or leave the page. ' +
		'It is never put in a link, a log or analytics, and is sent only when you press Send.',
	tab:
		'Your key is kept in this tab’s session storage so the next steps can use it. It is ' +
		'deleted when you close the tab or press Forget key, and never put in a link or a log.',
} as const;

export class SmsKeyHeaders extends HTMLElement {
	#unsubscribe: (() => void)[] = [];
	#keyText: LineBreakKeeper | undefined;

	connectedCallback(): void {
		const form = this.querySelector('form');
		const details = this.querySelector('details');
		if (!form) {
			return;
		}
		this.#keyText = keepLineBreaks(this.#field(form, 'apiKey'));
		this.#restore(form);
		// Saves whatever the restore left in the form, typing and ticks made before it ran
		// included, before the store's own state is shown back in the form.
		this.#onInput(form);
		form.addEventListener('input', () => this.#onInput(form));
		details?.addEventListener('input', () => this.#render(form));
		this.querySelector('[data-action="forget-key"]')?.addEventListener('click', () => {
			keyStore.forget();
			this.#field(form, 'apiKey').value = '';
			this.#keyText?.reset('');
			this.#render(form);
		});
		this.#unsubscribe.push(keyStore.subscribe(() => this.#renderWhere(form)));
	}

	disconnectedCallback(): void {
		this.#unsubscribe.forEach((stop) => stop());
		this.#unsubscribe = [];
	}

	#restore(form: HTMLFormElement): void {
		const draft = draftStore.get();
		const key = this.#field(form, 'apiKey');
		const restored = restoreControl(key, keyStore.get());
		this.#keyText?.reset(restored ? keyStore.get() : key.value);
		restoreControl(this.#field(form, 'subAccountId'), draft.subAccountId);
		restoreControl(this.#field(form, 'regionId'), draft.regionId);
		restoreCheckbox(this.#checkbox(form, 'keepKey'), keyStore.where() === 'tab');
	}

	#onInput(form: HTMLFormElement): void {
		const keep = this.#checkbox(form, 'keepKey').checked ? 'tab' : 'memory';
		keyStore.setPersistence(keep, keep === 'tab' ? getTabStorage() : undefined);
		keyStore.set(this.#readKey(form));
		this.#field(form, 'apiKey').type = this.#checkbox(form, 'revealKey').checked
			? 'text'
			: 'password';
		draftStore.update({
			subAccountId: this.#field(form, 'subAccountId').value,
			regionId: this.#field(form, 'regionId').value,
		});
		this.#render(form);
	}

	#render(form: HTMLFormElement): void {
		const raw = this.#readKey(form);
		const reveal = this.#checkbox(form, 'revealKey').checked;
		const checked = raw === '' ? undefined : cleanApiKey(raw);
		const key = checked?.ok ? checked.value.key : '';
		const shown = reveal ? key : maskApiKey(key);
		const headers = formatHeaderLines(buildAuthHeaders(key ? shown : '<your API key>'));

		this.#output('[data-header-lines]').textContent = headers;
		const cleaned = this.#output('[data-cleaned-key]');
		cleaned.hidden = !key;
		cleaned.textContent = key ? `Key used in the header: ${shown}` : '';
		renderFindings(this.#output('[data-findings]'), [
			...(checked?.issues ?? []),
			...this.#typedChecks(),
		]);
		this.#renderWhere(form);
	}

	#typedChecks(): Issue[] {
		const type = this.querySelector<HTMLSelectElement>('[name="connectionType"]');
		const typed = this.querySelector<HTMLTextAreaElement>('[name="typedHeaders"]');
		const typeIssues = type ? checkConnectionType(type.value as ConnectionType) : [];
		const lineIssues = typed && typed.value.trim() !== '' ? checkHeaderLines(typed.value) : [];
		return [...typeIssues, ...lineIssues];
	}

	#renderWhere(form: HTMLFormElement): void {
		this.#output('[data-key-where]').textContent = WHERE_TEXT[keyStore.where()];
		this.#checkbox(form, 'keepKey').checked = keyStore.where() === 'tab';
	}

	#readKey(form: HTMLFormElement): string {
		return this.#keyText?.read() ?? this.#field(form, 'apiKey').value;
	}

	#field(form: HTMLFormElement, name: string): HTMLInputElement {
		return form.elements.namedItem(name) as HTMLInputElement;
	}

	#checkbox(form: HTMLFormElement, name: string): HTMLInputElement {
		return this.#field(form, name);
	}

	#output(selector: string): HTMLElement {
		return this.querySelector<HTMLElement>(selector) ?? document.createElement('div');
	}
}
