import { runInNewContext } from 'node:vm';

import { describe, expect, it } from 'vitest';

import { formatCodeJson } from '~/lib/snippets/format-code-json';

describe('formatCodeJson', () => {
	it.each([
		{ name: 'quotes', value: `Don't "A&B"`, code: `"Don't \\"A&B\\""` },
		{ name: 'line breaks and TAB', value: 'a\r\n\tb', code: '"a\\r\\n\\tb"' },
		{
			name: 'line separators',
			value: 'a\u2028b\u2029c\u0085d',
			code: '"a\\u2028b\\u2029c\\u0085d"',
		},
		{ name: 'emoji', value: 'Hot 🔥', code: '"Hot 🔥"' },
		{ name: 'a lone surrogate', value: 'x\ud83d', code: '"x\\ud83d"' },
	])('writes $name as a double-quoted literal', ({ value, code }) => {
		expect(formatCodeJson(value)).toBe(code);
	});

	it('escapes line separators inside nested values too', () => {
		expect(formatCodeJson({ list: ['a\u2028b'], n: 1, ok: true })).toBe(
			'{"list":["a\\u2028b"],"n":1,"ok":true}',
		);
	});

	it('gives text that JSON and JavaScript read back as the same value', () => {
		const value = { text: 'It\'s "x" \\ \n\u2028\u0000 🔥 ‘’', n: [1, null, false] };
		const code = formatCodeJson(value);

		expect(JSON.parse(code)).toEqual(value);
		expect(runInNewContext(`(${code})`)).toEqual(value);
	});
});
