// Ships to the browser: renders the copy-paste snippets from the page's one request and key.
import { maskApiKey } from '~/lib/auth/mask-api-key';
import type { DraftCheck } from '~/lib/sms/check-sms-draft';
import type { SnippetOptions, SnippetRequest } from '~/lib/snippets/snippet-request';
import { SNIPPET_TARGETS, type SnippetTarget } from '~/lib/snippets/snippet-targets';

import {
	draftStore,
	getDraftCheck,
	getSendableKey,
	keyStore,
	subscribeToRequest,
} from '../shared/page-state';
import { buildSnippetOutput } from './build-snippet-output';
import { createFieldRows, createFieldsPanel, createTextPanel } from './render-snippet-panel';
import { copyNames, describeFileKey, targetHints } from './snippet-hints';

const URL_TEMPLATE = 'https://sms.8x8.com/api/v1/subaccounts/{subAccountId}/messages';

// The sections in the page's HTML each of these targets shows; any other target is drawn into
// the panel. Workato, first in the list, keeps its JSON body and curl command in view.
const STATIC_VIEWS: Partial<Record<SnippetTarget['id'], string[]>> = {
	workato: ['workato', 'json', 'curl'],
	json: ['json'],
	curl: ['curl'],
};

export class SmsSnippets extends HTMLElement {
	#stops: (() => void)[] = [];
	#texts = new Map<string, string>();

	connectedCallback(): void {
		this.#reveal().addEventListener('change', () => this.#render());
		this.#picker().addEventListener('change', () => this.#render());
		this.addEventListener('click', (event) => void this.#onClick(event));
		this.#stops.push(subscribeToRequest(() => this.#render()));
		this.#stops.push(keyStore.subscribe(() => this.#render()));
	}

	disconnectedCallback(): void {
		this.#stops.forEach((stop) => stop());
		this.#stops = [];
	}

	#render(): void {
		const target = this.#target();
		const request = this.#request();
		const options = { revealKey: this.#reveal().checked, maskKey: maskApiKey };
		const views = STATIC_VIEWS[target.id] ?? [];
		this.#texts.clear();
		this.#renderStatic(request, options);
		for (const section of this.querySelectorAll<HTMLElement>('[data-view]')) {
			section.hidden = !views.includes(section.dataset.view ?? '');
		}

		const panel = this.querySelector<HTMLElement>('[data-panel]');
		panel?.replaceChildren(...(views.length > 0 ? [] : this.#panel(target, request, options)));
		panel?.toggleAttribute('hidden', views.length > 0);
		const hint = this.querySelector('[data-target-hint]');
		if (hint) {
			hint.textContent = this.#hint(target, request.apiKey !== '', options.revealKey);
		}
	}

	#renderStatic(request: SnippetRequest, options: SnippetOptions): void {
		for (const id of ['json', 'curl'] as const) {
			const output = buildSnippetOutput(id, request, options);
			const text = output.kind === 'text' ? output.text : '';
			this.#texts.set(id, text);
			const pre = this.querySelector(`[data-snippet="${id}"]`);
			if (pre) {
				pre.textContent = text;
			}
		}
		const workato = buildSnippetOutput('workato', request, options);
		const rows = workato.kind === 'fields' ? workato.rows : [];
		rows.forEach((row, index) => this.#texts.set(`field-${index}`, row.value));
		const cells = createFieldRows(rows, (index) => `field-${index}`);
		this.querySelector('[data-workato-fields]')?.replaceChildren(...cells);
	}

	#panel(target: SnippetTarget, request: SnippetRequest, options: SnippetOptions) {
		const output = buildSnippetOutput(target.id, request, options);
		if (output.kind === 'fields') {
			output.rows.forEach((row, index) => this.#texts.set(`panel-${index}`, row.value));
			return createFieldsPanel(target, output.rows, (index) => `panel-${index}`);
		}
		this.#texts.set('panel', output.text);
		return createTextPanel(target, output.text, copyNames[target.id] ?? target.label, 'panel');
	}

	#hint(target: SnippetTarget, hasKey: boolean, revealKey: boolean): string {
		const hint = targetHints[target.id] ?? '';
		const keyNote = target.kind === 'file' ? describeFileKey(hasKey, revealKey) : '';
		return [hint, keyNote].filter((text) => text !== '').join(' ');
	}

	#request(): SnippetRequest {
		const check: DraftCheck = getDraftCheck();
		const draft = draftStore.get();
		const body = check.body ?? { destination: draft.destination, text: draft.text };
		return { method: 'POST', url: check.url ?? URL_TEMPLATE, apiKey: getSendableKey().key, body };
	}

	async #onClick(event: Event): Promise<void> {
		const button = (event.target as HTMLElement).closest<HTMLButtonElement>('button');
		const id = button?.dataset.copy ?? button?.dataset.download;
		const text = id === undefined ? undefined : this.#texts.get(id);
		if (!button || text === undefined) {
			return;
		}
		const fileName = button.dataset.download === undefined ? undefined : this.#fileName();
		const keyHint = this.#isMasked(text) ? this.#maskedHint(fileName !== undefined) : '';
		if (fileName !== undefined) {
			this.#download(text, fileName);
			this.#announce(`Downloaded ${fileName}.${keyHint}`);
			return;
		}
		try {
			await navigator.clipboard.writeText(text);
			const label = button.textContent?.replace(/^Copy /, '') ?? 'snippet';
			this.#announce(`Copied ${label}.${keyHint}`);
		} catch {
			this.#announce('The browser did not allow copying. Select the text and copy it by hand.');
		}
		button.focus();
	}

	#download(text: string, fileName: string): void {
		const type = fileName.endsWith('.json') ? 'application/json' : 'text/plain';
		const url = URL.createObjectURL(new Blob([text], { type: `${type};charset=utf-8` }));
		const link = document.createElement('a');
		link.href = url;
		link.download = fileName;
		link.click();
		// The browser reads the object URL after this handler returns; revoke it on the next task.
		setTimeout(() => URL.revokeObjectURL(url), 0);
	}

	// Only a snippet that carries the key gets the hint: a URL or a method has none to mask.
	#isMasked(text: string): boolean {
		const key = getSendableKey().key;
		return !this.#reveal().checked && key !== '' && text.includes(maskApiKey(key));
	}

	#maskedHint(isFile: boolean): string {
		return isFile
			? ' The key in it is masked, so it will not work once imported.'
			: ' The key in it is masked: tick "Show the API key" to copy it whole.';
	}

	#announce(message: string): void {
		const status = this.querySelector('[data-copy-status]');
		if (status) {
			status.textContent = message;
		}
	}

	#fileName(): string | undefined {
		const target = this.#target();
		return 'fileName' in target ? target.fileName : undefined;
	}

	#target(): SnippetTarget {
		const id = this.#picker().value;
		return SNIPPET_TARGETS.find((target) => target.id === id) ?? SNIPPET_TARGETS[0];
	}

	#picker(): HTMLSelectElement {
		return this.querySelector('select[name="target"]') as HTMLSelectElement;
	}

	#reveal(): HTMLInputElement {
		return this.querySelector('input[name="revealKey"]') as HTMLInputElement;
	}
}
