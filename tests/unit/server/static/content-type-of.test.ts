import { describe, expect, it } from 'vitest';

import { contentTypeOf } from '~/server/static/content-type-of';

describe('contentTypeOf', () => {
	it.each([
		{ file: 'index.html', type: 'text/html; charset=utf-8' },
		{ file: 'page.CSS', type: 'text/css; charset=utf-8' },
		{ file: 'hoisted.B2x9.js', type: 'text/javascript; charset=utf-8' },
		{ file: 'flow.svg', type: 'image/svg+xml' },
		{ file: 'pagefind.wasm', type: 'application/wasm' },
		{ file: 'en_abc.pf_index', type: 'application/octet-stream' },
	])('gives $file the type $type', ({ file, type }) => {
		expect(contentTypeOf(file)).toBe(type);
	});
});
