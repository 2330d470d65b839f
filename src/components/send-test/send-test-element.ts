// Ships to the browser: glue between the Send buttons, the mock 8x8 API, live sends and the
// result panel. MSW is imported only on the first mocked send, so pages that never send never
// load it.
import { buildAuthHeaderRecord } from '~/lib/auth/build-auth-headers';
import type { SmsHttpRequest, SendOutcome } from '~/lib/client/send-sms';
import { buildPracticeRequest } from '~/lib/client/build-practice-request';
import { readClientMessageId } from '~/lib/client/read-client-message-id';

import {
	draftStore,
	getDraftCheck,
	getSendableKey,
	keyStore,
	loadPhoneLibrary,
	subscribeToRequest,
} from '../shared/page-state';
import { confirmLiveSend } from './live-confirm-dialog';
import { renderBlocked, renderNotice } from './render-notice';
import { renderOutcome } from './render-outcome';
import { findRelay, liveSendGuard, sendLive } from './send-live';

const CANCELLED = {
	title: 'Not sent: the live send was cancelled.',
	detail: 'Nothing went to 8x8, so nothing is billed. Your entries are kept as typed.',
	fix: 'Press Send test SMS again when you are ready, or switch to Mock to practise.',
};

export class SmsSendTest extends HTMLElement {
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
		this.addEventListener('change', () => this.#renderSummary());
		this.#enableLive();
	}

	// Live works with JavaScript only. The relay is looked for when the reader first reaches the
	// Live radio, or once the page is idle, whichever comes first.
	#enableLive(): void {
		const live = this.querySelector<HTMLInputElement>('input[value="live"]');
		if (!live) {
			return;
		}
		live.disabled = false;
		live.addEventListener('focus', () => void findRelay(), { once: true });
		const idle = globalThis.requestIdleCallback ?? ((run: () => void) => setTimeout(run, 1));
		idle(() => void findRelay());
	}

	#mode(): 'mock' | 'live' {
		const checked = this.querySelector<HTMLInputElement>('input[name="mode"]:checked');
		return checked?.value === 'live' ? 'live' : 'mock';
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
			const target =
				this.#mode() === 'live' ? '8x8 for real, after you confirm' : 'the mock 8x8 API';
			summary.textContent = `Sends to ${to}, ${parts} (${check.encoding.encoding}), to ${target}.`;
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
			renderBlocked(panel, blocking);
			return;
		}

		const request = anyway ? this.#practiceRequest(key.key) : this.#checkedRequest(key.key);
		if (this.#mode() === 'live') {
			await this.#sendLive(panel, request);
			return;
		}
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

	async #sendLive(panel: HTMLElement, request: SmsHttpRequest): Promise<void> {
		const draft = draftStore.get() as Readonly<Record<string, unknown>>;
		const clientMessageId = readClientMessageId(request.body, draft['clientMessageId']);
		const verdict = liveSendGuard.check(clientMessageId);
		if (!verdict.ok) {
			renderNotice(panel, verdict.refusal);
			return;
		}
		const dialog = this.querySelector<HTMLDialogElement>('[data-live-confirm]');
		const check = getDraftCheck();
		const facts = {
			recipient: check.destination ?? draftStore.get().destination,
			sender: draftStore.get().senderId || "8x8's default sender (none set)",
			segments: check.encoding.segments,
			warning: verdict.warning,
		};
		if (!dialog || !(await confirmLiveSend(dialog, facts))) {
			renderNotice(panel, CANCELLED);
			return;
		}

		liveSendGuard.record(clientMessageId);
		delete panel.dataset.kind;
		panel.textContent = 'Sending a real SMS through 8x8…';
		renderOutcome(panel, await sendLive(request), 'live');
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
			headers: buildAuthHeaderRecord(key),
			body: check.bodyJson ?? '',
		};
	}

	#practiceRequest(cleanKey: string): SmsHttpRequest {
		const draft = draftStore.get();
		return buildPracticeRequest({ ...draft, apiKey: cleanKey || keyStore.get().trim() });
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
