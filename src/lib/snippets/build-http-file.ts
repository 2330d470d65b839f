// Ships to the browser: keep it free of secrets and heavy imports.

import { formatSnippetKey } from './format-snippet-key';
import { serializeTemplateSafeJson } from './serialize-template-safe-json';
import type { SnippetOptions, SnippetRequest } from './snippet-request';

/**
 * Returns an `.http` file for VS Code's REST Client and JetBrains' HTTP Client: a `###` title
 * line, the request line, the two headers, a blank line and the body as JSON indented with two
 * spaces, ending in a line break. Both tools replace `{{name}}` in the body with a variable,
 * so the body comes from `serializeTemplateSafeJson`. The key is masked unless `revealKey` is
 * true.
 * @throws TypeError when the body cannot be serialised (a cycle or a BigInt).
 */
export function buildHttpFile(request: SnippetRequest, options: SnippetOptions = {}): string {
	const key = formatSnippetKey(request.apiKey, options);

	return [
		'### Send one SMS with 8x8',
		`${request.method} ${request.url}`,
		`Authorization: Bearer ${key}`,
		'Content-Type: application/json',
		'',
		serializeTemplateSafeJson(request.body, true),
		'',
	].join('\n');
}
