// Ships to the browser: keep it free of secrets and heavy imports.

/**
 * The snippets the widget offers, in display order. `language` is the Shiki grammar used to
 * highlight the text (`text` for plain output).
 */
export const SNIPPET_TARGETS = [
	{ id: 'workato', label: 'Workato fields', language: 'text' },
	{ id: 'curl', label: 'curl (bash, zsh)', language: 'bash' },
	{ id: 'json', label: 'JSON body', language: 'json' },
] as const;

/** One entry of `SNIPPET_TARGETS`. */
export type SnippetTarget = (typeof SNIPPET_TARGETS)[number];

/** The id of a snippet target: `workato`, `curl` or `json`. */
export type SnippetTargetId = SnippetTarget['id'];
