// Build time only: reads which modules a built JavaScript file imports, with es-module-lexer
// (the lexer Vite uses), so a string that merely looks like an import is never taken for one.

import { init, parse } from 'es-module-lexer';

/**
 * Returns the URL paths that `code`, served at the URL path `src`, imports with a static
 * `import` or `export ... from` of a relative or root-relative specifier. Dynamic `import()`
 * and bare or absolute-URL specifiers are left out: they are not this site's eager chunks.
 */
export async function listStaticImports(code: string, src: string): Promise<string[]> {
	await init;
	const [imports] = parse(code);
	const base = new URL(src, 'http://site.invalid');
	return imports
		.filter((entry) => entry.d === -1 && entry.n !== undefined && /^\.{0,2}\//.test(entry.n))
		.map((entry) => new URL(entry.n ?? '', base).pathname);
}
