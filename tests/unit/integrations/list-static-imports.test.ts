import { describe, expect, it } from 'vitest';

import { listStaticImports } from '~/integrations/list-static-imports';

describe('listStaticImports', () => {
	it('resolves static imports and re-exports against the file they are in', async () => {
		const code =
			'import{t as e}from"./page-state.js";import"../shared.js";' +
			'export{x}from"/_astro/root.js";export const y=1;';
		expect(await listStaticImports(code, '/_astro/entry.js')).toEqual([
			'/_astro/page-state.js',
			'/shared.js',
			'/_astro/root.js',
		]);
	});

	it('leaves out dynamic imports, bare packages and other hosts', async () => {
		const code =
			'import"msw";import"https://cdn.example/x.js";' +
			'const m=()=>import("./lazy.js");import{a}from"./eager.js";';
		expect(await listStaticImports(code, '/_astro/entry.js')).toEqual(['/_astro/eager.js']);
	});

	it('does not take a string that looks like an import for one', async () => {
		const code = 'const s=`import"./not-a-module.js"`;const t=\'from"./nor-this.js"\';';
		expect(await listStaticImports(code, '/_astro/entry.js')).toEqual([]);
	});
});
