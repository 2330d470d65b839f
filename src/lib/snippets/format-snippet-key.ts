// Ships to the browser: keep it free of secrets and heavy imports.

import type { SnippetOptions } from './snippet-request';

/** Shown in place of the key while the reader has not entered one. */
export const KEY_PLACEHOLDER = '<YOUR_API_KEY>';

// Below this length, showing 4 + 4 characters would give away most of the key.
const MIN_PARTLY_SHOWN_LENGTH = 12;

/**
 * Returns the key as a snippet shows it: `<YOUR_API_KEY>` when it is empty or only
 * whitespace, the key itself when `revealKey` is true, and the masked key otherwise.
 * @example formatSnippetKey('AbCdEf123GhIjKl456MnOpQr789', {}) // 'AbCd…r789'
 */
export function formatSnippetKey(apiKey: string, options: SnippetOptions = {}): string {
	if (apiKey.trim() === '') {
		return KEY_PLACEHOLDER;
	}
	if (options.revealKey === true) {
		return apiKey;
	}
	return (options.maskKey ?? maskKey)(apiKey);
}

const maskKey = (key: string): string =>
	key.length < MIN_PARTLY_SHOWN_LENGTH ? '•'.repeat(8) : `${key.slice(0, 4)}…${key.slice(-4)}`;
