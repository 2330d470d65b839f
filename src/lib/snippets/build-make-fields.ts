// Ships to the browser: keep it free of secrets and heavy imports.

import { buildAuthorizationField } from './build-authorization-field';
import { serializeTemplateSafeJson } from './serialize-template-safe-json';
import type { SnippetOptions, SnippetRequest } from './snippet-request';
import type { ToolField } from './tool-field';

const STEP = 'HTTP: Make a request';

/**
 * Returns the values for Make's HTTP "Make a request" module (the v3 labels) in form order:
 * Evaluate all states as errors, URL, Method, the Authorization header, Body type Raw, Content
 * type JSON, Request content (the body as JSON, indented with two spaces, from
 * `serializeTemplateSafeJson`) and Parse response. The content type choice sends
 * `Content-Type: application/json`, so no header row repeats it. The key is masked unless
 * `revealKey` is true.
 * @throws TypeError when the body cannot be serialised (a cycle or a BigInt).
 */
export function buildMakeFields(
	request: SnippetRequest,
	options: SnippetOptions = {},
): ToolField[] {
	return [
		{
			step: STEP,
			field: 'Evaluate all states as errors (except for 2xx and 3xx)',
			value: 'Yes',
			note: 'A 401 or 400 from 8x8 then stops the scenario instead of passing as a success.',
		},
		{ step: STEP, field: 'URL', value: request.url },
		{ step: STEP, field: 'Method', value: request.method },
		buildAuthorizationField(
			{ step: STEP, field: 'Headers', name: 'Authorization' },
			request.apiKey,
			options,
		),
		{ step: STEP, field: 'Body type', value: 'Raw' },
		{ step: STEP, field: 'Content type', value: 'JSON (application/json)' },
		{
			step: STEP,
			field: 'Request content',
			value: serializeTemplateSafeJson(request.body, true),
			note:
				'Make sends this text exactly as typed. To put email fields into it, build the ' +
				"body with the JSON app's Create JSON module and map its output here: " +
				'it escapes quotes and line breaks.',
		},
		{
			step: STEP,
			field: 'Parse response',
			value: 'Yes',
			note:
				'Later modules can then read status.code: QUEUED is accepted, ' +
				'REJECTED is a failure even with HTTP 200.',
		},
	];
}
