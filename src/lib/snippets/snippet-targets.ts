// Ships to the browser: keep it free of secrets and heavy imports.

/**
 * The snippets the widget offers, in display order. `kind` says how to show one: `fields` is
 * a list of form rows (`WorkatoField[]` or `ToolField[]`), `code` a text to copy, `file` a text
 * to offer as a download named `fileName` as well. `language` is the Shiki grammar used to
 * highlight the text (`text` for plain output).
 */
export const SNIPPET_TARGETS = [
	{ id: 'workato', label: 'Workato fields', kind: 'fields', language: 'text' },
	{ id: 'curl', label: 'curl (bash, zsh)', kind: 'code', language: 'bash' },
	{ id: 'json', label: 'JSON body', kind: 'code', language: 'json' },
	{ id: 'powershell', label: 'PowerShell', kind: 'code', language: 'powershell' },
	{ id: 'httpie', label: 'HTTPie (bash, zsh)', kind: 'code', language: 'bash' },
	{ id: 'fetch', label: 'JavaScript fetch (Node.js 18+)', kind: 'code', language: 'js' },
	{ id: 'python', label: 'Python requests', kind: 'code', language: 'python' },
	{
		id: 'http-file',
		label: '.http file (VS Code REST Client, JetBrains)',
		kind: 'file',
		language: 'http',
		fileName: 'send-sms.http',
	},
	{
		id: 'postman',
		label: 'Postman collection (v2.1)',
		kind: 'file',
		language: 'json',
		fileName: '8x8-sms.postman_collection.json',
	},
	{ id: 'zapier', label: 'Zapier fields', kind: 'fields', language: 'text' },
	{ id: 'make', label: 'Make fields', kind: 'fields', language: 'text' },
	{ id: 'n8n', label: 'n8n fields', kind: 'fields', language: 'text' },
] as const;

/** One entry of `SNIPPET_TARGETS`. */
export type SnippetTarget = (typeof SNIPPET_TARGETS)[number];

/** The id of a snippet target, e.g. `curl`, `python` or `postman`. */
export type SnippetTargetId = SnippetTarget['id'];
