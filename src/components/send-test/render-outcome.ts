// Ships to the browser: writes one send outcome into the result panel, as text only.
import type { SendOutcome } from '~/lib/client/send-sms';

/**
 * Shows the outcome: a mode badge ("mock" or "live"), the title, `METHOD URL → status`, the
 * explanation with its fix, and the response body as received (already scrubbed of the key).
 */
export function renderOutcome(
	panel: HTMLElement,
	outcome: SendOutcome,
	mode: 'mock' | 'live',
): void {
	panel.dataset.kind = outcome.kind;

	const heading = document.createElement('p');
	const badge = document.createElement('span');
	badge.className = 'sms-badge';
	badge.textContent = mode;
	const title = document.createElement('strong');
	title.textContent = ` ${outcome.explanation.title}`;
	heading.append(badge, title);

	const status = document.createElement('p');
	const answer = outcome.status === 0 ? 'no answer' : String(outcome.status);
	status.textContent = `POST ${outcome.request.url} → ${answer}`;

	const detail = document.createElement('p');
	detail.textContent = outcome.explanation.detail;
	const fix = document.createElement('p');
	fix.textContent = `Next: ${outcome.explanation.fix}`;

	const body = document.createElement('pre');
	body.setAttribute('aria-label', 'Response body');
	body.textContent = formatBody(outcome.rawBody);

	panel.replaceChildren(heading, status, detail, fix, ...(outcome.rawBody ? [body] : []));
}

function formatBody(raw: string): string {
	try {
		return JSON.stringify(JSON.parse(raw), null, 2);
	} catch {
		return raw;
	}
}
