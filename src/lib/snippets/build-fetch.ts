// Ships to the browser: keep it free of secrets and heavy imports.

import { formatCodeJson } from './format-code-json';
import { formatSnippetKey } from './format-snippet-key';
import type { SnippetOptions, SnippetRequest } from './snippet-request';

// Hand-written rather than @scalar/snippetz 0.10.11 (js/fetch): its single-quoted strings
// are valid since ES2019 but leave TAB, U+2028 and U+2029 raw, so the shown code hides them, and
// it costs 2 KB gzip for a `fetch(...)` call that neither awaits nor prints the answer.

/**
 * Returns an ES module (top-level `await`; run it as a `.mjs` file with Node.js 18 or later)
 * that sends the request with `fetch` and prints the status and the answer. The body is
 * `JSON.stringify` of an object literal whose values are written by `formatCodeJson`, so any
 * text gives valid JavaScript. The key is masked unless `revealKey` is true.
 * @throws TypeError when the body cannot be serialised (a cycle or a BigInt).
 */
export function buildFetch(request: SnippetRequest, options: SnippetOptions = {}): string {
	const key = formatSnippetKey(request.apiKey, options);

	return [
		`const response = await fetch(${formatCodeJson(request.url)}, {`,
		`  method: ${formatCodeJson(request.method)},`,
		'  headers: {',
		`    Authorization: ${formatCodeJson(`Bearer ${key}`)},`,
		'    "Content-Type": "application/json",',
		'  },',
		`  body: JSON.stringify(${formatBody(request.body)}),`,
		'});',
		'console.log(response.status, await response.text());',
	].join('\n');
}

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

// One member a line for the top-level object; nested values stay on one line.
function formatBody(body: unknown): string {
	if (typeof body !== 'object' || body === null || Array.isArray(body)) {
		return formatCodeJson(body);
	}
	const members = Object.entries(body)
		.filter(([, value]) => value !== undefined)
		.map(([name, value]) => {
			const key = IDENTIFIER.test(name) ? name : formatCodeJson(name);
			return `    ${key}: ${formatCodeJson(value)},`;
		});
	return members.length === 0 ? '{}' : `{\n${members.join('\n')}\n  }`;
}
