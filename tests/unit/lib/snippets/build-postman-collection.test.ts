import { describe, expect, it } from 'vitest';

import { buildPostmanCollection } from '~/lib/snippets/build-postman-collection';

import { KEY, URL, request } from './support/example-request';

const collection = (authorization: string, raw: string) => ({
	info: {
		name: '8x8 SMS',
		schema: 'https://schema.getpostman.com/json/collection/v2.1.0/collection.json',
	},
	item: [
		{
			name: 'Send one SMS',
			request: {
				method: 'POST',
				header: [
					{ key: 'Authorization', value: authorization },
					{ key: 'Content-Type', value: 'application/json' },
				],
				url: URL,
				body: { mode: 'raw', raw, options: { raw: { language: 'json' } } },
			},
		},
	],
});

describe('buildPostmanCollection', () => {
	it('holds the case 18 request with the key revealed, as indented JSON text', () => {
		const text = buildPostmanCollection(request(`Don't reply! Order "A&B"`), { revealKey: true });
		const raw = '{\n  "destination": "+6591234567",\n  "text": "Don\'t reply! Order \\"A&B\\""\n}';

		expect(text).toBe(`${JSON.stringify(collection(`Bearer ${KEY}`, raw), null, 2)}\n`);
	});

	it('masks the key unless revealKey is true', () => {
		const text = buildPostmanCollection(request('Hi'));
		const raw = '{\n  "destination": "+6591234567",\n  "text": "Hi"\n}';

		expect(JSON.parse(text)).toEqual(collection('Bearer AbCd…r789', raw));
		expect(text).not.toContain(KEY);
	});

	it('writes {{ in the raw body so Postman reads no variable', () => {
		const text = buildPostmanCollection(request('{{name}}'));

		expect(text).not.toContain('{{');
		expect(text).toContain(String.raw`\"text\": \"{\\u007bname}}\"`);
	});
});
