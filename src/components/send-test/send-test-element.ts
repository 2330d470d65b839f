// Ships to the browser: glue between the Send buttons, the mock 8x8 API and the result panel.
// MSW is imported only on the first mocked send, so pages that never send never load it.
import type { SmsHttpRequest, SendOutcome } from '~/lib/client/send-sms';
import { buildPracticeRequest } from '~/lib/client/build-practice-request';
import type { Issue } from '~/lib/issue';

import {
	draftStore,
	getDraftCheck,
	getSendableKey,
	keyStore,
	loadPhoneLibrary,
	subscribeToRequest,
} from '../shared/page-state';
import { renderFindings } from '../shared/render-findings';
import { renderOutcome } from './render-outcome';

class SmsSendTest extends HTMLElement {
	#stop: (() => void) | undefined;
	#busy = false;

	connectedCallback(): void {
		this.addEventListener('click', (event) => {
			const action = (event.target as HTMLElement).closest<HTMLElement>('[data-action]');
			if (action?.dataset.action === 'send') {
				void this.#send(false);
			} else if (action?.dataset.action === 'send-anyway') {
				void this.#send(true);
			}
		});
		this.#stop = subscribeToRequest(() => this.#renderSummary());
	}

	disconnectedCallback(): void {
		this.#stop?.();
	}

	#renderSummary(): void {
		const summary = this.querySelector<HTMLElement>('[data-send-summary]');
		const check = getDraftCheck();
		if (summary) {
			const to = check.destination ?? 'no valid destination yet';
			const segments = check.encoding.segments;
			const parts = `${segments} ${segments === 1 ? 'segment' : 'segments'}`;
			summary.textContent = `Sends to ${to}, ${parts} (${check.encoding.encoding}), to the mock 8x8 API.`;
		}
	}

	async #send(anyway: boolean): Promise<void> {
		const panel = this.querySelector<HTMLElement>('[data-result]');
		if (this.#busy || !panel) {
			return;
		}
		this.#busy = true;
		this.#keepFocus(panel);
		try {
			await this.#checkAndSend(panel, anyway);
		} finally {
			this.#busy = false;
		}
	}

	async #checkAndSend(panel: HTMLElement, anyway: boolean): Promise<void> {
		// Until the phone library is in, an unchecked destination has no findings and no body,
		// so the checks would block with an empty list of problems.
		await loadPhoneLibrary().catch(() => undefined);
		const check = getDraftCheck();
		const key = getSendableKey();
		const blocking = [...key.issues, ...check.issues].filter((issue) => issue.severity === 'error');
		if (!anyway && (blocking.length > 0 || !check.url || !check.bodyJson)) {
			this.#renderBlocked(panel, blocking);
			return;
		}

		const request = anyway ? this.#practiceRequest(key.key) : this.#checkedRequest(key.key);
		delete panel.dataset.kind;
		panel.textContent = 'Sending to the mock 8x8 API…';
		try {
			renderOutcome(panel, await sendMocked(request), 'mock');
		} catch {
			panel.textContent =
				'The mock 8x8 API could not start in this browser, so nothing was sent. ' +
				'It needs service workers, which private windows and some settings turn off. ' +
				'Try a normal window, or send for real with the curl command from step 4.';
		}
	}

	// "Send anyway" lives in the panel it replaces; focus moves to the Send button first, so it
	// does not fall back to the top of the page.
	#keepFocus(panel: HTMLElement): void {
		if (panel.contains(document.activeElement)) {
			this.querySelector<HTMLElement>('[data-action="send"]')?.focus();
		}
	}

	#checkedRequest(key: string): SmsHttpRequest {
		const check = getDraftCheck();
		return {
			url: check.url ?? '',
			headers: { Authorization: `Bearer ${key}`, 'Content-Type': 'application/json' },
			body: check.bodyJson ?? '',
		};
	}

	#practiceRequest(cleanKey: string): SmsHttpRequest {
		const draft = draftStore.get();
		return buildPracticeRequest({ ...draft, apiKey: cleanKey || keyStore.get().trim() });
	}

	#renderBlocked(panel: HTMLElement, blocking: Issue[]): void {
		delete panel.dataset.kind;
		const heading = document.createElement('p');
		heading.textContent = 'Not sent: the checks found problems. Your entries are kept as typed.';
		const findings = document.createElement('div');
		renderFindings(findings, blocking);
		const anyway = document.createElement('button');
		anyway.type = 'button';
		anyway.dataset.action = 'send-anyway';
		anyway.textContent = 'Send anyway to see how 8x8 answers';
		panel.replaceChildren(heading, findings, anyway);
	}
}

async function sendMocked(request: SmsHttpRequest): Promise<SendOutcome> {
	const [{ startMockWorker }, { sendSms }] = await Promise.all([
		import('~/mocks/browser'),
		import('~/lib/client/send-sms'),
	]);
	await startMockWorker(import.meta.env.BASE_URL);
	return sendSms(request);
}

customElements.define('sms-send-test', SmsSendTest);
