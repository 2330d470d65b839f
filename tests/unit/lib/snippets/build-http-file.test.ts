import { describe, expect, it } from 'vitest';

import { buildHttpFile } from '~/lib/snippets/build-http-file';

import { KEY, URL, request } from './support/example-request';

describe('buildHttpFile', () => {
	it('prints the case 18 file with the key revealed', () => {
		expect(buildHttpFile(request(`Don't reply! Order "A&B"`), { revealKey: true })).toBe(
			[
				'### Send one SMS with 8x8',
				`POST ${URL}`,
				`Authorization: Bearer ${KEY}`,
				'Content-Type: application/json',
				'',
				'{',
				'  "destination": "+6591234567",',
				`  "text": "Don't reply! Order \\"A&B\\""`,
				'}',
				'',
			].join('\n'),
		);
	});

	it('masks the key unless revealKey is true', () => {
		const file = buildHttpFile(request('Hi'));

		expect(file).toContain('\nAuthorization: Bearer AbCd…r789\n');
		expect(file).not.toContain(KEY);
	});

	it('writes {{ in the text so neither tool reads a variable', () => {
		expect(buildHttpFile(request('Hi {{name}}'))).toContain(String.raw`"text": "Hi {\u007bname}}"`);
	});
});
