// Ships to the browser: renders findings as text nodes only, so nothing a reader typed can
// become markup.
import type { Issue } from '~/lib/issue';

const SEVERITY_LABEL = { error: 'Problem', warning: 'Check', info: 'Note' } as const;

// What each container shows, so a keystroke that leaves the findings as they were does not
// rebuild them and make screen readers announce the same findings again.
const shown = new WeakMap<HTMLElement, string>();

/**
 * Replaces the container's content with one list item per finding (what, why, fix), unless
 * the findings are the ones already shown. Containers are `aria-live="polite"`, so findings
 * are announced without cutting into the reader's typing.
 */
export function renderFindings(container: HTMLElement, issues: readonly Issue[]): void {
	const signature = JSON.stringify(issues);
	if (shown.get(container) === signature) {
		return;
	}
	shown.set(container, signature);

	const list = document.createElement('ul');
	for (const issue of issues) {
		list.append(renderFinding(issue));
	}
	container.replaceChildren(...(issues.length ? [list] : []));
}

function renderFinding(issue: Issue): HTMLLIElement {
	const item = document.createElement('li');
	item.className = 'sms-finding';
	item.dataset.severity = issue.severity;
	item.dataset.code = issue.code;

	const title = document.createElement('strong');
	title.textContent = `${SEVERITY_LABEL[issue.severity]}: ${issue.title}`;
	const detail = document.createElement('p');
	detail.textContent = issue.detail;
	const fix = document.createElement('p');
	fix.textContent = `Fix: ${issue.fix}`;

	item.append(title, detail, fix);
	return item;
}
