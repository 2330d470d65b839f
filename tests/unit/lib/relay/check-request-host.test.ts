import { describe, expect, it } from 'vitest';

import { checkRequestHost } from '~/lib/relay/check-request-host';

const ALLOWED = ['127.0.0.1:4400', 'localhost:4400'];

describe('checkRequestHost', () => {
	it('returns the allowed Host in lower case', () => {
		expect(checkRequestHost(['LocalHost:4400'], ALLOWED)).toEqual({
			ok: true,
			value: 'localhost:4400',
			issues: [],
		});
	});

	it.each([
		{ name: 'another name (DNS rebinding)', hosts: ['evil.example:4400'] },
		{ name: 'another port', hosts: ['127.0.0.1:4401'] },
		{ name: 'no port', hosts: ['127.0.0.1'] },
		{ name: 'no Host', hosts: [] },
		{ name: 'two Host headers', hosts: ['127.0.0.1:4400', 'evil.example'] },
	])('refuses $name', ({ hosts }) => {
		const result = checkRequestHost(hosts, ALLOWED);

		expect(result.ok).toBe(false);
		expect(result.issues.map((issue) => issue.code)).toEqual(['HOST_NOT_ALLOWED']);
	});
});
