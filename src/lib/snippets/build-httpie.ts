// Ships to the browser: keep it free of secrets and heavy imports.

import { formatSnippetKey } from './format-snippet-key';
import { quoteForShell } from './quote-for-shell';
import type { SnippetOptions, SnippetRequest } from './snippet-request';

// Hand-written rather than @scalar/snippetz 0.10.11 (shell/httpie): its quoting is right, but
// it costs 3.3 KB gzip for what `quoteForShell` already does, and its `--raw` option needs
// HTTPie 3.0 or later.

/**
 * Returns a bash/zsh command that sends the request with HTTPie: `printf` writes the compact
 * JSON body to HTTPie's standard input, which every HTTPie version reads as the raw body, and
 * each header is one single-quoted `Name:value` item. The key is masked unless `revealKey` is
 * true.
 * @throws TypeError when the body cannot be serialised (a cycle or a BigInt).
 */
export function buildHttpie(request: SnippetRequest, options: SnippetOptions = {}): string {
	const key = formatSnippetKey(request.apiKey, options);

	// `%s` prints the argument as it is: printf reads no escapes or `%` inside it.
	return [
		`printf '%s' ${quoteForShell(JSON.stringify(request.body))} |`,
		`  http ${request.method} ${quoteForShell(request.url)} \\`,
		`    ${quoteForShell(`Authorization:Bearer ${key}`)} \\`,
		`    'Content-Type:application/json'`,
	].join('\n');
}
