import { describe, expect, it } from 'vitest';

import {
	buildAuthHeaderRecord,
	buildAuthHeaders,
	formatHeaderLines,
} from '~/lib/auth/build-auth-headers';
import { cleanApiKey } from '~/lib/auth/clean-api-key';
import { maskApiKey } from '~/lib/auth/mask-api-key';

const KEY = 'AbCdEf123GhIjKl456MnOpQr789';

describe('buildAuthHeaders', () => {
	it('returns Authorization then Content-Type', () => {
		expect(buildAuthHeaders(KEY)).toEqual([
			{ name: 'Authorization', value: `Bearer ${KEY}` },
			{ name: 'Content-Type', value: 'application/json' },
		]);
	});

	it('puts exactly one space between Bearer and the key', () => {
		const [authorization] = buildAuthHeaders(KEY);
		expect(authorization?.value).toMatch(/^Bearer [^\s]+$/);
	});

	it('writes the media type in lowercase, without parameters', () => {
		const [, contentType] = buildAuthHeaders(KEY);
		expect(contentType?.value).toBe('application/json');
	});

	it('turns a pasted key with spaces and a line break into a clean header', () => {
		const result = cleanApiKey(`  ${KEY}\n`);
		if (!result.ok) {
			throw new Error('the handed key should be accepted');
		}
		const lines = formatHeaderLines(buildAuthHeaders(result.value.key)).split('\n');
		expect(lines[0]).toBe('Authorization: Bearer AbCdEf123GhIjKl456MnOpQr789');
	});
});

describe('formatHeaderLines', () => {
	it('joins Name: value lines with a line feed and no trailing break', () => {
		expect(formatHeaderLines(buildAuthHeaders(KEY))).toBe(
			'Authorization: Bearer AbCdEf123GhIjKl456MnOpQr789\nContent-Type: application/json',
		);
	});

	it('shows a masked key when given one', () => {
		expect(formatHeaderLines(buildAuthHeaders(maskApiKey(KEY)))).toBe(
			'Authorization: Bearer AbCd…r789\nContent-Type: application/json',
		);
	});

	it('returns an empty string for no headers', () => {
		expect(formatHeaderLines([])).toBe('');
	});
});

describe('buildAuthHeaderRecord', () => {
	it('gives the two header lines as a fetch header record', () => {
		expect(buildAuthHeaderRecord('AbCdEf123GhIjKl456MnOpQr789')).toEqual({
			Authorization: 'Bearer AbCdEf123GhIjKl456MnOpQr789',
			'Content-Type': 'application/json',
		});
	});
});
