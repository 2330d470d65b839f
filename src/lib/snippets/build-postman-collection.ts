// Ships to the browser: keep it free of secrets and heavy imports.

import { formatSnippetKey } from './format-snippet-key';
import { serializeTemplateSafeJson } from './serialize-template-safe-json';
import type { SnippetOptions, SnippetRequest } from './snippet-request';

const SCHEMA = 'https://schema.getpostman.com/json/collection/v2.1.0/collection.json';

/**
 * Returns a Postman collection (format v2.1) holding one request, as JSON text indented with two
 * spaces and ending in a line break, ready to save as a file and import. The request sends the
 * two headers and a raw JSON body; Postman replaces `{{name}}` in a raw body with a variable,
 * so the body comes from `serializeTemplateSafeJson`. The key is masked unless `revealKey` is
 * true.
 * @throws TypeError when the body cannot be serialised (a cycle or a BigInt).
 */
export function buildPostmanCollection(
	request: SnippetRequest,
	options: SnippetOptions = {},
): string {
	const key = formatSnippetKey(request.apiKey, options);
	const item = {
		name: 'Send one SMS',
		request: {
			method: request.method,
			header: [
				{ key: 'Authorization', value: `Bearer ${key}` },
				{ key: 'Content-Type', value: 'application/json' },
			],
			url: request.url,
			body: {
				mode: 'raw',
				raw: serializeTemplateSafeJson(request.body, true),
				options: { raw: { language: 'json' } },
			},
		},
	};
	const collection = { info: { name: '8x8 SMS', schema: SCHEMA }, item: [item] };
	return `${JSON.stringify(collection, null, 2)}\n`;
}
