import { describe, expect, it } from 'vitest';

import { checkKeyText } from '~/lib/auth/check-key-text';

const LOCATION = { path: 'apiKey', offset: 0, place: (p: number) => `character ${p + 1}` };

function codes(key: string) {
	return checkKeyText(key, LOCATION).map(({ code, severity }) => `${severity} ${code}`);
}

describe('checkKeyText', () => {
	it.each([
		{ key: 'AbCdEf123GhIjKl456MnOpQr789' },
		{ key: 'Ab3dEf7hIjKl1nOpQr5tUv9xYz0bCdEf2hIjKl4nOp' },
		{ key: 'q5Xw-Z1_rT8yU3iO0pA7sD2fG6hJ9kL4zX5cV1bN8mQ' },
	])('accepts the key-like $key', ({ key }) => {
		expect(checkKeyText(key, LOCATION)).toEqual([]);
	});

	it('reports an empty key', () => {
		expect(codes('')).toEqual(['error API_KEY_EMPTY']);
	});

	it.each([
		{ key: 'https://sms.8x8.com/api/v1/subaccounts/acme_hq/messages' },
		{ key: 'http://sms.us.8x8.com' },
		{ key: 'sms.8x8.uk/api/v1/subaccounts/acme_hq/messages' },
		{ key: 'https://api.wavecell.com/sms/v1/acme_hq/single' },
		{ key: 'www.example.com' },
	])('reports the address $key alone', ({ key }) => {
		expect(codes(key)).toEqual(['error API_KEY_LOOKS_LIKE_URL']);
	});

	it.each([
		{ key: 'acme_hq' },
		{ key: 'riders_std' },
		{ key: 'SubAccount-1' },
		{ key: 'test_5jJ97_hq' },
		{ key: 'Onion_Marketing' },
		{ key: 'Onion_Marketing_Department_hq' },
	])('reports the subaccount ID $key alone', ({ key }) => {
		expect(codes(key)).toEqual(['error API_KEY_LOOKS_LIKE_SUBACCOUNT']);
	});

	it.each([
		{ key: 'AbCdEf123GhIjKl456M', length: 19 },
		{ key: 'a'.repeat(65), length: 65 },
	])('warns about a key of $length characters', ({ key, length }) => {
		expect(checkKeyText(key, LOCATION)).toMatchObject([
			{
				code: 'API_KEY_UNUSUAL_LENGTH',
				severity: 'warning',
				title: `The key is ${length} characters long.`,
			},
		]);
	});

	it.each([{ length: 20 }, { length: 64 }])('accepts a key of $length characters', ({ length }) => {
		expect(checkKeyText('k'.repeat(length), LOCATION)).toEqual([]);
	});

	it('puts the first finding at the key offset', () => {
		const issues = checkKeyText('acme_hq', { ...LOCATION, offset: 3 });
		expect(issues.map(({ position }) => position)).toEqual([3]);
	});
});
