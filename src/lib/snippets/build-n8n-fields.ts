// Ships to the browser: keep it free of secrets and heavy imports.

import { buildAuthorizationField } from './build-authorization-field';
import { serializeTemplateSafeJson } from './serialize-template-safe-json';
import type { SnippetOptions, SnippetRequest } from './snippet-request';
import type { ToolField } from './tool-field';

const CREDENTIAL = 'Header Auth credential';
const NODE = 'HTTP Request node';

/**
 * Returns the values for n8n: first the Header Auth credential (Name, Value), then the HTTP
 * Request node in form order, ending with the body as JSON, indented with two spaces, from
 * `serializeTemplateSafeJson`. Body Content Type JSON sends `Content-Type: application/json`,
 * so no header is added by hand. The key is masked unless `revealKey` is true.
 * @throws TypeError when the body cannot be serialised (a cycle or a BigInt).
 */
export function buildN8nFields(request: SnippetRequest, options: SnippetOptions = {}): ToolField[] {
	return [
		{ step: CREDENTIAL, field: 'Name', value: 'Authorization' },
		buildAuthorizationField({ step: CREDENTIAL, field: 'Value' }, request.apiKey, options),
		{ step: NODE, field: 'Method', value: request.method },
		{ step: NODE, field: 'URL', value: request.url },
		{ step: NODE, field: 'Authentication', value: 'Generic Credential Type' },
		{
			step: NODE,
			field: 'Generic Auth Type',
			value: 'Header Auth',
			note: 'Then pick the Header Auth credential made above.',
		},
		{ step: NODE, field: 'Send Body', value: 'On' },
		{ step: NODE, field: 'Body Content Type', value: 'JSON' },
		{ step: NODE, field: 'Specify Body', value: 'Using JSON' },
		{
			step: NODE,
			field: 'JSON',
			value: serializeTemplateSafeJson(request.body, true),
			note:
				'n8n sends fixed text as typed. To use email fields, switch the box to Expression and ' +
				'build the body with JSON.stringify({ ... }), which escapes quotes and line breaks.',
		},
	];
}
