import { describe, expect, it } from 'vitest';

import { readServerSettings } from '~/server/read-server-settings';

describe('readServerSettings', () => {
	it('listens on 127.0.0.1:4321 with the real 8x8 hosts by default', () => {
		expect(readServerSettings({})).toEqual({
			ok: true,
			value: { host: '127.0.0.1', port: 4321, base: '/' },
			issues: [],
		});
	});

	it('reads HOST, PORT, SITE_BASE and SMS_API_BASE_URL', () => {
		const env = {
			HOST: '0.0.0.0',
			PORT: '8080',
			SITE_BASE: 'docs',
			SMS_API_BASE_URL: 'http://127.0.0.1:4400',
		};

		expect(readServerSettings(env)).toEqual({
			ok: true,
			value: { host: '0.0.0.0', port: 8080, base: '/docs/', upstreamBase: 'http://127.0.0.1:4400' },
			issues: [],
		});
	});

	it('reports every bad value at once', () => {
		const result = readServerSettings({ PORT: 'http', SMS_API_BASE_URL: 'https://sms.8x8.com' });

		expect(result.issues.map((issue) => issue.code)).toEqual([
			'PORT_INVALID',
			'UPSTREAM_BASE_INVALID',
		]);
	});
});
