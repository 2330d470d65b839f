import { describe, expect, it } from 'vitest';

import { maskApiKey } from '~/lib/auth/mask-api-key';

describe('maskApiKey', () => {
	it.each([
		{ key: 'AbCdEf123GhIjKl456MnOpQr789', masked: 'AbCd…r789' },
		{ key: 'Ab3dEf7hIjKl1nOpQr5tUv9xYz0bCdEf2hIjKl4nOp', masked: 'Ab3d…4nOp' },
		{ key: 'abcdefghijklmnopqrst', masked: 'abcd…qrst' },
	])('shows the first and last 4 characters of $key', ({ key, masked }) => {
		expect(maskApiKey(key)).toBe(masked);
	});

	it.each([
		{ key: 'abcdefghijklmnopqrs', masked: '•••••••••••••••••••' },
		{ key: 'acme_hq', masked: '•••••••' },
		{ key: '', masked: '' },
	])('hides every character of the short value $key', ({ key, masked }) => {
		expect(maskApiKey(key)).toBe(masked);
	});

	it('keeps an emoji whole instead of cutting it in half', () => {
		expect(maskApiKey('AbCdEfGhIjKlMnOpQrSt\u{1F511}')).toBe('AbCd…rSt\u{1F511}');
	});
});
