// Ships to the browser: renders findings as text nodes only, so nothing a reader typed can
// become markup.
import type { Issue } from '~/lib/issue';

const SEVERITY_LABEL = { error: 'Problem', warning: 'Check', info: 'Note' } as const;

/**
 * Replaces the container's content with one list item per finding (what, why, fix).
 * A blocking error list gets `role="alert"` so screen readers announce it at once.
 */
export function renderFindings(container: HTMLElement, issues: readonly Issue[]): void {
	const list = document.createElement('ul');
	const hasError = issues.some((issue) => issue.severity === 'error');
	if (hasError) {
		list.setAttribute('role', 'alert');
	}
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
