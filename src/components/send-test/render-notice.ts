// Ships to the browser: writes a "not sent" message into the result panel, as text only.
import type { Explanation } from '~/lib/client/send-outcome';
import type { Issue } from '~/lib/issue';

import { renderFindings } from '../shared/render-findings';

/** Shows why nothing was sent: the title, the detail and the next step. */
export function renderNotice(panel: HTMLElement, notice: Explanation): void {
	panel.dataset.kind = 'not-sent';
	const lines = [notice.title, notice.detail, `Next: ${notice.fix}`].map((line) => {
		const p = document.createElement('p');
		p.textContent = line;
		return p;
	});
	panel.replaceChildren(...lines);
}

/** Shows the checks' blocking findings and offers "Send anyway". */
export function renderBlocked(panel: HTMLElement, blocking: Issue[]): void {
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
