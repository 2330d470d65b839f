import { describe, expect, it } from 'vitest';

import { buildHttpie } from '~/lib/snippets/build-httpie';

import { KEY, URL, request } from './support/example-request';

describe('buildHttpie', () => {
	it('prints the case 18 command with the key revealed', () => {
		expect(buildHttpie(request(`Don't reply! Order "A&B"`), { revealKey: true })).toBe(
			[
				`printf '%s' '{"destination":"+6591234567","text":"Don'\\''t reply! Order \\"A&B\\""}' |`,
				`  http POST '${URL}' \\`,
				`    'Authorization:Bearer ${KEY}' \\`,
				`    'Content-Type:application/json'`,
			].join('\n'),
		);
	});

	it('masks the key unless revealKey is true', () => {
		const command = buildHttpie(request('Hi'));

		expect(command).toContain(`'Authorization:Bearer AbCd…r789'`);
		expect(command).not.toContain(KEY);
	});

	it('shows the placeholder when no key is entered', () => {
		expect(buildHttpie(request('Hi', ''))).toContain(`'Authorization:Bearer <YOUR_API_KEY>'`);
	});
});
