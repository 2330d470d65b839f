import { describe, expect, it } from 'vitest';

import { serializeTemplateSafeJson } from '~/lib/snippets/serialize-template-safe-json';

describe('serializeTemplateSafeJson', () => {
	it.each([
		{ text: 'Hi {{name}}', json: '{"text":"Hi {\\u007bname}}"}' },
		{ text: '{{{x}}}', json: '{"text":"{\\u007b{x}}}"}' },
		{ text: '{{{{', json: '{"text":"{\\u007b{\\u007b"}' },
		{ text: '\\{{', json: '{"text":"\\\\{\\u007b"}' },
	])('breaks every {{ in $text and keeps the value', ({ text, json }) => {
		expect(serializeTemplateSafeJson({ text })).toBe(json);
		expect(JSON.parse(json)).toEqual({ text });
	});

	it('equals JSON.stringify when no {{ occurs, compact or indented', () => {
		const body = { destination: '+6591234567', text: 'Hi {name} }}', nested: { a: [{ b: 1 }] } };

		expect(serializeTemplateSafeJson(body)).toBe(JSON.stringify(body));
		expect(serializeTemplateSafeJson(body, true)).toBe(JSON.stringify(body, null, 2));
	});
});
