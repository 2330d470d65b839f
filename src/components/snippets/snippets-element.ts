// Ships to the browser: renders the copy-paste snippets from the page's one request and key.
import { maskApiKey } from '~/lib/auth/mask-api-key';
import type { DraftCheck } from '~/lib/sms/check-sms-draft';
import { buildCurl } from '~/lib/snippets/build-curl';
import { buildJsonSnippet } from '~/lib/snippets/build-json-snippet';
import { buildWorkatoFields } from '~/lib/snippets/build-workato-fields';
import type { SnippetRequest } from '~/lib/snippets/snippet-request';

import {
	draftStore,
	getDraftCheck,
	getSendableKey,
	keyStore,
	subscribeToRequest,
} from '../shared/page-state';

const URL_TEMPLATE = 'https://sms.8x8.com/api/v1/subaccounts/{subAccountId}/messages';

class SmsSnippets extends HTMLElement {
	#stops: (() => void)[] = [];
	#texts = new Map<string, string>();

	connectedCallback(): void {
		this.#reveal().addEventListener('change', () => this.#render());
		this.addEventListener('click', (event) => void this.#onClick(event));
		this.#stops.push(subscribeToRequest(() => this.#render()));
		this.#stops.push(keyStore.subscribe(() => this.#render()));
	}

	disconnectedCallback(): void {
		this.#stops.forEach((stop) => stop());
		this.#stops = [];
	}

	#render(): void {
		const request = this.#request();
		const options = { revealKey: this.#reveal().checked, maskKey: maskApiKey };
		this.#texts.set('json', buildJsonSnippet({ body: request.body }));
		this.#texts.set('curl', buildCurl(request, options));
		for (const [name, text] of this.#texts) {
			const pre = this.querySelector(`[data-snippet="${name}"]`);
			if (pre) {
				pre.textContent = text;
			}
		}
		const rows = buildWorkatoFields(request, options).map((field, index) => {
			this.#texts.set(`field-${index}`, field.value);
			return this.#row(field.step, field.field, field.value, field.note, `field-${index}`);
		});
		this.querySelector('[data-workato-fields]')?.replaceChildren(...rows);
	}

	#request(): SnippetRequest {
		const check: DraftCheck = getDraftCheck();
		const draft = draftStore.get();
		const body = check.body ?? { destination: draft.destination, text: draft.text };
		return { method: 'POST', url: check.url ?? URL_TEMPLATE, apiKey: getSendableKey().key, body };
	}

	#row(step: string, field: string, value: string, note: string | undefined, id: string) {
		const row = document.createElement('tr');
		const cells = [step === 'connection' ? 'Connection' : 'Send request', field, value];
		for (const text of cells) {
			const cell = document.createElement('td');
			cell.textContent = text;
			row.append(cell);
		}
		row.cells[1]?.setAttribute('title', note ?? '');
		if (note) {
			const small = document.createElement('p');
			small.className = 'sms-hint';
			small.textContent = note;
			row.cells[2]?.append(small);
		}
		const action = document.createElement('td');
		const button = document.createElement('button');
		button.type = 'button';
		button.dataset.copy = id;
		button.textContent = `Copy ${field}`;
		action.append(button);
		row.append(action);
		return row;
	}

	async #onClick(event: Event): Promise<void> {
		const button = (event.target as HTMLElement).closest<HTMLButtonElement>('button[data-copy]');
		const text = button?.dataset.copy ? this.#texts.get(button.dataset.copy) : undefined;
		if (!button || text === undefined) {
			return;
		}
		const status = this.querySelector('[data-copy-status]');
		// Only a snippet that carries the key gets the hint: a URL or a method has none to mask.
		const key = getSendableKey().key;
		const masked = !this.#reveal().checked && key !== '' && text.includes(maskApiKey(key));
		try {
			await navigator.clipboard.writeText(text);
			const label = button.textContent?.replace(/^Copy /, '') ?? 'snippet';
			const hint = masked
				? ' The key in it is masked: tick "Show the API key" to copy it whole.'
				: '';
			if (status) {
				status.textContent = `Copied ${label}.${hint}`;
			}
		} catch {
			if (status) {
				status.textContent =
					'The browser did not allow copying. Select the text and copy it by hand.';
			}
		}
		button.focus();
	}

	#reveal(): HTMLInputElement {
		return this.querySelector('input[name="revealKey"]') as HTMLInputElement;
	}
}

customElements.define('sms-snippets', SmsSnippets);
