// Ships to the browser: the modal that asks before a real, billed SMS is sent.
import type { Explanation } from '~/lib/client/send-outcome';

/** What the reader confirms: who gets the SMS, from whom, and how many segments it bills. */
export interface LiveSendFacts {
	recipient: string;
	sender: string;
	segments: number;
	warning: Explanation | undefined;
}

/**
 * Fills the dialog with the facts, opens it as a modal (focus on Cancel) and resolves to true
 * only when "Send real SMS" closes it; Cancel and Escape resolve to false.
 */
export function confirmLiveSend(dialog: HTMLDialogElement, facts: LiveSendFacts): Promise<boolean> {
	const list = dialog.querySelector('[data-live-facts]');
	list?.replaceChildren(
		...term('Recipient', facts.recipient),
		...term('Sender', facts.sender),
		...term('Segments', `${facts.segments} (each one is billed)`),
	);
	const warning = dialog.querySelector('[data-live-warning]');
	warning?.replaceChildren(...(facts.warning ? paragraphs(facts.warning) : []));

	dialog.returnValue = '';
	dialog.showModal();
	return new Promise((resolve) => {
		dialog.addEventListener('close', () => resolve(dialog.returnValue === 'confirm'), {
			once: true,
		});
	});
}

function term(name: string, value: string): HTMLElement[] {
	const dt = document.createElement('dt');
	dt.textContent = name;
	const dd = document.createElement('dd');
	dd.textContent = value;
	return [dt, dd];
}

function paragraphs({ title, detail, fix }: Explanation): HTMLElement[] {
	const heading = document.createElement('p');
	const strong = document.createElement('strong');
	strong.textContent = title;
	heading.append(strong);
	return [heading, ...[detail, fix].map(text)];
}

function text(content: string): HTMLElement {
	const p = document.createElement('p');
	p.textContent = content;
	return p;
}
