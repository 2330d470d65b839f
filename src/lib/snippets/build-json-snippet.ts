// Ships to the browser: keep it free of secrets and heavy imports.

import type { SnippetRequest } from './snippet-request';

/**
 * Returns the request body as JSON indented with two spaces, exactly what
 * `JSON.stringify(body, null, 2)` gives; the key is never part of it.
 * @throws TypeError when the body cannot be serialised (a cycle or a BigInt).
 */
export function buildJsonSnippet(request: Pick<SnippetRequest, 'body'>): string {
	return JSON.stringify(request.body, null, 2);
}
