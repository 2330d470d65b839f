// Ships to the browser: keep it free of secrets and heavy imports.

import { buildAuthorizationField } from './build-authorization-field';
import { serializeTemplateSafeJson } from './serialize-template-safe-json';
import type { SnippetOptions, SnippetRequest } from './snippet-request';
import type { ToolField } from './tool-field';

const STEP = 'Webhooks by Zapier: Custom Request';

/**
 * Returns the values for a Webhooks by Zapier "Custom Request" action in form order: Method,
 * URL, Data (the body as JSON, indented with two spaces, from `serializeTemplateSafeJson`) and
 * two Headers rows. Custom Request sends Data as typed, so the JSON keeps its escapes. The key
 * is masked unless `revealKey` is true.
 * @throws TypeError when the body cannot be serialised (a cycle or a BigInt).
 */
export function buildZapierFields(
	request: SnippetRequest,
	options: SnippetOptions = {},
): ToolField[] {
	return [
		{ step: STEP, field: 'Method', value: request.method },
		{ step: STEP, field: 'URL', value: request.url },
		{
			step: STEP,
			field: 'Data',
			value: serializeTemplateSafeJson(request.body, true),
			note:
				'Zapier sends this text exactly as typed, so keep every backslash. ' +
				'A field mapped between the quotes breaks the JSON ' +
				'when its value holds a quote or a line break.',
		},
		buildAuthorizationField(
			{ step: STEP, field: 'Headers', name: 'Authorization' },
			request.apiKey,
			options,
		),
		{ step: STEP, field: 'Headers', name: 'Content-Type', value: 'application/json' },
	];
}
