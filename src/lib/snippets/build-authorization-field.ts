// Ships to the browser: keep it free of secrets and heavy imports.

import { formatSnippetKey, KEY_PLACEHOLDER } from './format-snippet-key';
import type { SnippetOptions } from './snippet-request';
import type { ToolField } from './tool-field';

/**
 * Returns the form row that carries `Bearer <key>` at the given place. The key is masked
 * unless `revealKey` is true, and the row's note then says to type the full key; with no key
 * entered, the note says to replace the placeholder. A revealed key gets no note.
 */
export function buildAuthorizationField(
	place: Pick<ToolField, 'step' | 'field' | 'name'>,
	apiKey: string,
	options: SnippetOptions = {},
): ToolField {
	const row = { ...place, value: `Bearer ${formatSnippetKey(apiKey, options)}` };

	if (apiKey.trim() === '') {
		return { ...row, note: `Replace ${KEY_PLACEHOLDER} with your API key.` };
	}
	if (options.revealKey === true) {
		return row;
	}
	return { ...row, note: 'The key is masked here: type your full key after Bearer.' };
}
