import { describe, expect, it } from 'vitest';

import { buildFetch } from '~/lib/snippets/build-fetch';

import { KEY, URL, request } from './support/example-request';

describe('buildFetch', () => {
	it('prints the case 18 module with the key revealed', () => {
		expect(buildFetch(request(`Don't reply! Order "A&B"`), { revealKey: true })).toBe(
			[
				`const response = await fetch("${URL}", {`,
				'  method: "POST",',
				'  headers: {',
				`    Authorization: "Bearer ${KEY}",`,
				'    "Content-Type": "application/json",',
				'  },',
				'  body: JSON.stringify({',
				'    destination: "+6591234567",',
				`    text: "Don't reply! Order \\"A&B\\"",`,
				'  }),',
				'});',
				'console.log(response.status, await response.text());',
			].join('\n'),
		);
	});

	it('masks the key unless revealKey is true', () => {
		const code = buildFetch(request('Hi'));

		expect(code).toContain('Authorization: "Bearer AbCd…r789",');
		expect(code).not.toContain(KEY);
	});

	it('shows the placeholder when no key is entered', () => {
		expect(buildFetch(request('Hi', ''))).toContain('"Bearer <YOUR_API_KEY>"');
	});

	it('escapes line separators and keeps the code on its lines', () => {
		const code = buildFetch(request('a\u2028b\u2029c\r\n'));

		expect(code).toContain(String.raw`    text: "a\u2028b\u2029c\r\n",`);
		expect(code.split('\n')).toHaveLength(12);
	});

	it('quotes keys that are not identifiers, keeps nested values and drops undefined ones', () => {
		const body = { 'dlr-url': 'x', extra: { n: 1, list: [true, null] }, gone: undefined };

		expect(buildFetch({ ...request('Hi'), body })).toContain(
			[
				'  body: JSON.stringify({',
				'    "dlr-url": "x",',
				'    extra: {"n":1,"list":[true,null]},',
				'  }),',
			].join('\n'),
		);
	});
});
