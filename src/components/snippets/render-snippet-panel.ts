// Ships to the browser: builds the DOM of a snippet target that the page's HTML does not hold.
import type { SnippetTarget } from '~/lib/snippets/snippet-targets';

import type { SnippetRow } from './build-snippet-output';

const HEADING_ID = 'sms-snip-panel';

/**
 * Returns one table row per field: Where, Field, Value (with the note under it) and a copy
 * button whose `data-copy` is `copyId(index)`; the caller keeps the value under that id.
 */
export function createFieldRows(
	rows: SnippetRow[],
	copyId: (index: number) => string,
): HTMLTableRowElement[] {
	return rows.map((row, index) => {
		const tr = document.createElement('tr');
		for (const text of [row.where, row.field, row.value]) {
			tr.append(create('td', text));
		}
		if (row.note) {
			tr.cells[2]?.append(create('p', row.note, 'sms-hint'));
		}
		const action = document.createElement('td');
		action.append(createButton(`Copy ${row.field}`, { copy: copyId(index) }));
		tr.append(action);
		return tr;
	});
}

/** Returns a heading named after the target and a table of its fields, labelled by it. */
export function createFieldsPanel(
	target: SnippetTarget,
	rows: SnippetRow[],
	copyId: (index: number) => string,
): HTMLElement[] {
	const table = document.createElement('table');
	table.className = 'sms-fields';
	table.setAttribute('aria-labelledby', HEADING_ID);
	const head = document.createElement('tr');
	for (const text of ['Where', 'Field', 'Value']) {
		head.append(create('th', text));
	}
	const copyHeader = create('th', '');
	copyHeader.append(create('span', 'Copy', 'sr-only'));
	head.append(copyHeader);
	head.querySelectorAll('th').forEach((cell) => cell.setAttribute('scope', 'col'));

	const body = document.createElement('tbody');
	body.append(...createFieldRows(rows, copyId));
	table.append(document.createElement('thead'), body);
	table.tHead?.append(head);
	return [createHeading(target.label), table];
}

/**
 * Returns a heading, the text in a `<pre>` labelled by it, a "Copy …" button (`data-copy` is
 * `copyId`) and, for a `file` target, a "Download …" button (`data-download` is its file name).
 */
export function createTextPanel(
	target: SnippetTarget,
	text: string,
	copyName: string,
	copyId: string,
): HTMLElement[] {
	const pre = create('pre', text);
	pre.setAttribute('aria-labelledby', HEADING_ID);
	const actions = create('p', '', 'sms-actions');
	actions.append(createButton(`Copy ${copyName}`, { copy: copyId }));
	if ('fileName' in target) {
		actions.append(' ', createButton(`Download ${target.fileName}`, { download: copyId }));
	}
	return [createHeading(target.label), pre, actions];
}

function createHeading(label: string): HTMLElement {
	const heading = create('h3', label);
	heading.id = HEADING_ID;
	return heading;
}

function createButton(label: string, data: Record<string, string>): HTMLButtonElement {
	const button = create('button', label);
	button.type = 'button';
	Object.assign(button.dataset, data);
	return button;
}

function create<K extends keyof HTMLElementTagNameMap>(
	tag: K,
	text: string,
	className?: string,
): HTMLElementTagNameMap[K] {
	const element = document.createElement(tag);
	element.textContent = text;
	if (className) {
		element.className = className;
	}
	return element;
}
