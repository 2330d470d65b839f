// Ships to the browser: turns the page's one request into what the chosen snippet target shows.
import { buildCurl } from '~/lib/snippets/build-curl';
import { buildFetch } from '~/lib/snippets/build-fetch';
import { buildHttpFile } from '~/lib/snippets/build-http-file';
import { buildHttpie } from '~/lib/snippets/build-httpie';
import { buildJsonSnippet } from '~/lib/snippets/build-json-snippet';
import { buildMakeFields } from '~/lib/snippets/build-make-fields';
import { buildN8nFields } from '~/lib/snippets/build-n8n-fields';
import { buildPostmanCollection } from '~/lib/snippets/build-postman-collection';
import { buildPowerShell } from '~/lib/snippets/build-powershell';
import { buildPythonRequests } from '~/lib/snippets/build-python-requests';
import { buildWorkatoFields } from '~/lib/snippets/build-workato-fields';
import { buildZapierFields } from '~/lib/snippets/build-zapier-fields';
import type { SnippetOptions, SnippetRequest } from '~/lib/snippets/snippet-request';
import type { SnippetTargetId } from '~/lib/snippets/snippet-targets';
import type { ToolField } from '~/lib/snippets/tool-field';

/** One row of a fields table: the form, the field's label, the value and an optional note. */
export interface SnippetRow {
	where: string;
	field: string;
	value: string;
	note?: string;
}

/** What a target shows: form rows, or a text (which a `file` target also offers to download). */
export type SnippetOutput = { kind: 'fields'; rows: SnippetRow[] } | { kind: 'text'; text: string };

/**
 * Returns the rows or the text for one target, from the generator in `src/lib/snippets`.
 * @throws TypeError when the body cannot be serialised (a cycle or a BigInt).
 */
export function buildSnippetOutput(
	id: SnippetTargetId,
	request: SnippetRequest,
	options: SnippetOptions,
): SnippetOutput {
	switch (id) {
		case 'workato':
			return { kind: 'fields', rows: buildWorkatoRows(request, options) };
		case 'zapier':
			return { kind: 'fields', rows: buildZapierFields(request, options).map(toRow) };
		case 'make':
			return { kind: 'fields', rows: buildMakeFields(request, options).map(toRow) };
		case 'n8n':
			return { kind: 'fields', rows: buildN8nFields(request, options).map(toRow) };
		default:
			return { kind: 'text', text: textBuilders[id](request, options) };
	}
}

type TextTargetId = Exclude<SnippetTargetId, 'workato' | 'zapier' | 'make' | 'n8n'>;

const textBuilders: Record<
	TextTargetId,
	(request: SnippetRequest, options: SnippetOptions) => string
> = {
	curl: buildCurl,
	json: buildJsonSnippet,
	powershell: buildPowerShell,
	httpie: buildHttpie,
	fetch: buildFetch,
	python: buildPythonRequests,
	'http-file': buildHttpFile,
	postman: buildPostmanCollection,
};

function buildWorkatoRows(request: SnippetRequest, options: SnippetOptions): SnippetRow[] {
	return buildWorkatoFields(request, options).map((field) => ({
		...field,
		where: field.step === 'connection' ? 'Connection' : 'Send request',
	}));
}

// A header in a name-and-value list shows its name beside the list's label.
function toRow(field: ToolField): SnippetRow {
	const row = { where: field.step, value: field.value };
	const label = field.name === undefined ? field.field : `${field.field}: ${field.name}`;
	return field.note === undefined
		? { ...row, field: label }
		: { ...row, field: label, note: field.note };
}
