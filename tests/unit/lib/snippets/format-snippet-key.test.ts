import { describe, expect, it } from 'vitest';

import { formatSnippetKey } from '~/lib/snippets/format-snippet-key';

const KEY = 'AbCdEf123GhIjKl456MnOpQr789';

describe('formatSnippetKey', () => {
	it('masks the key as first 4, an ellipsis and last 4 by default', () => {
		expect(formatSnippetKey(KEY)).toBe('AbCd…r789');
	});

	it('returns the full key only when revealKey is true', () => {
		expect(formatSnippetKey(KEY, { revealKey: true })).toBe(KEY);
		expect(formatSnippetKey(KEY, { revealKey: false })).toBe('AbCd…r789');
	});

	it.each([
		{ name: 'empty', apiKey: '', revealKey: false },
		{ name: 'whitespace only', apiKey: ' \t\n', revealKey: false },
		{ name: 'empty and revealed', apiKey: '', revealKey: true },
	])('shows the placeholder for a $name key', ({ apiKey, revealKey }) => {
		expect(formatSnippetKey(apiKey, { revealKey })).toBe('<YOUR_API_KEY>');
	});

	it('masks a key shorter than 12 characters completely', () => {
		expect(formatSnippetKey('AbCdEf12345')).toBe('••••••••');
		expect(formatSnippetKey('AbCdEf123456')).toBe('AbCd…3456');
	});

	it('uses the given maskKey function', () => {
		expect(formatSnippetKey(KEY, { maskKey: (key) => `${key.length} chars` })).toBe('27 chars');
	});
});
