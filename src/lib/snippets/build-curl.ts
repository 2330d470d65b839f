// Ships to the browser: keep it free of secrets and heavy imports.

import { formatSnippetKey } from './format-snippet-key';
import { quoteForShell } from './quote-for-shell';
import type { SnippetOptions, SnippetRequest } from './snippet-request';

// Hand-written rather than taken from a snippet library. Measured for case 18:
// @readme/httpsnippet 11.4.0 switches to an unquoted `<<EOF` heredoc when the body holds a
// `'`, so `$HOME` or backticks in the text are expanded by the shell, and it needs Node
// built-ins to bundle (38.6 KB gzip without them); httpsnippet 3.0.10 quotes correctly but
// costs 75 KB gzip plus Node polyfills; @scalar/snippetz 0.10.11 quotes correctly at 4.4 KB
// gzip but has no options for its fixed layout (long flags, `--data`, re-indented body), so it
// cannot print the command the guide documents.

/**
 * Returns a curl command for bash and zsh (any POSIX shell) that sends the request:
 * every argument single-quoted, the body compact JSON after `--data-raw`, one option per
 * line with a two-space indent. The key is masked unless `revealKey` is true.
 * @throws TypeError when the body cannot be serialised (a cycle or a BigInt).
 */
export function buildCurl(request: SnippetRequest, options: SnippetOptions = {}): string {
	const key = formatSnippetKey(request.apiKey, options);
	const lines = [`curl -X ${request.method} ${quoteForShell(request.url)}`];

	// curl reads [] and {} in a URL as its own globbing syntax, whatever the shell quoting.
	if (/[[\]{}]/.test(request.url)) {
		lines.push('--globoff');
	}
	lines.push(
		`-H ${quoteForShell(`Authorization: Bearer ${key}`)}`,
		`-H ${quoteForShell('Content-Type: application/json')}`,
		// --data-raw, unlike --data, never reads a file when the value starts with "@".
		`--data-raw ${quoteForShell(JSON.stringify(request.body))}`,
	);
	return lines.join(' \\\n  ');
}
