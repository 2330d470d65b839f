import { describe, expect, it } from 'vitest';

import { checkUpstreamBase } from '~/lib/relay/check-upstream-base';

describe('checkUpstreamBase', () => {
	it.each([
		{ value: 'http://127.0.0.1:4400', origin: 'http://127.0.0.1:4400' },
		{ value: 'http://127.0.0.1:4400/', origin: 'http://127.0.0.1:4400' },
		{ value: ' http://127.0.0.2:9000 ', origin: 'http://127.0.0.2:9000' },
		{ value: 'http://[::1]:4400', origin: 'http://[::1]:4400' },
	])('accepts $value', ({ value, origin }) => {
		expect(checkUpstreamBase(value)).toEqual({ ok: true, value: origin, issues: [] });
	});

	it.each([
		{ name: 'a real 8x8 host', value: 'https://sms.8x8.com' },
		{ name: 'https on loopback', value: 'https://127.0.0.1:4400' },
		{ name: 'localhost by name', value: 'http://localhost:4400' },
		{ name: 'a LAN address', value: 'http://192.168.1.10:4400' },
		{ name: 'no port', value: 'http://127.0.0.1' },
		{ name: 'a path', value: 'http://127.0.0.1:4400/api' },
		{ name: 'a query', value: 'http://127.0.0.1:4400/?x=1' },
		{ name: 'an empty query', value: 'http://127.0.0.1:4400?' },
		{ name: 'user info', value: 'http://user:pass@127.0.0.1:4400' },
		{ name: 'not a URL', value: '127.0.0.1:4400' },
	])('refuses $name', ({ value }) => {
		const result = checkUpstreamBase(value);

		expect(result.ok).toBe(false);
		expect(result.issues.map((issue) => issue.code)).toEqual(['UPSTREAM_BASE_INVALID']);
	});

	it('names the value and the fix in its message', () => {
		const [issue] = checkUpstreamBase('https://sms.8x8.com').issues;

		expect(issue?.title).toMatchInlineSnapshot(
			`"SMS_API_BASE_URL "https://sms.8x8.com" is not a loopback test server."`,
		);
		expect(issue?.fix).toMatchInlineSnapshot(
			`"Use the address \`npm run fake-8x8\` prints, such as http://127.0.0.1:4400, or unset it."`,
		);
	});
});
