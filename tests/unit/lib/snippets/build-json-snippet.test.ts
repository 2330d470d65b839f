import { describe, expect, it } from 'vitest';

import { buildJsonSnippet } from '~/lib/snippets/build-json-snippet';

describe('buildJsonSnippet', () => {
	it('prints the case 18 body with two-space indent and JSON escapes', () => {
		const body = { destination: '+6591234567', text: `Don't reply! Order "A&B"` };

		expect(buildJsonSnippet({ body })).toBe(
			'{\n  "destination": "+6591234567",\n  "text": "Don\'t reply! Order \\"A&B\\""\n}',
		);
	});

	it.each([
		{ name: 'case 4 quotes', body: { text: 'New mail: Order "ABC-123" shipped' } },
		{
			name: 'case 5 CR LF and TAB',
			body: { text: 'Hi team,\r\nServer db-01 is down.\r\n\tCheck now' },
		},
		{
			name: 'nested values',
			body: { destination: '+447700900123', extra: { n: 1, list: [true] } },
		},
	])('equals JSON.stringify(body, null, 2) for $name', ({ body }) => {
		expect(buildJsonSnippet({ body })).toBe(JSON.stringify(body, null, 2));
		expect(JSON.parse(buildJsonSnippet({ body }))).toEqual(body);
	});
});
