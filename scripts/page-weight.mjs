// Measures the JavaScript each built page loads before any interaction: its module scripts and
// everything they import statically. Dynamic `import()` targets (MSW, the phone library) are
// left out on purpose: they load only when used. The one exception is the widgets' code, which
// src/components/shared/load-widgets.ts imports as soon as a page with a widget is parsed: it is
// part of every such page's load. Bytes are stable across runs, unlike times.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, posix, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

const SCRIPT_SRC = /<script\b[^>]*\bsrc="([^"]+\.js)"[^>]*>/g;
const INLINE_MODULE = /<script\b[^>]*type="module"[^>]*>([\s\S]*?)<\/script>/g;
// Minified static imports: `import"./a.js"`, `import{x}from"./a.js"`, `export{x}from"./a.js"`.
const STATIC_IMPORT = /(?:import|export)\s*(?:[\w*{}\s,$]+from\s*)?["']([^"']+\.js)["']/g;
// The widgets' chunk, imported with `import()` but unconditionally, right after parsing.
const EAGER_DYNAMIC_IMPORT = /import\(\s*[`"'](\.\/define-widgets\.[\w-]+\.js)[`"']\s*\)/g;

/** Returns every `index.html` (and other .html) file below `dir`. */
export function listPages(dir) {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		if (statSync(path).isDirectory()) {
			return listPages(path);
		}
		return path.endsWith('.html') ? [path] : [];
	});
}

/**
 * Returns `{ files, afterParse, raw, gzip }` for one page: the JS it loads, in bytes. `afterParse`
 * lists the files of `files` that are requested only once the page is parsed (the widgets').
 */
export function measurePage(distDir, htmlPath) {
	const html = readFileSync(htmlPath, 'utf8');
	const pageUrl = '/' + relative(distDir, htmlPath).split('\\').join('/');
	const codeByUrl = new Map();
	const read = (url) => {
		if (!codeByUrl.has(url)) {
			codeByUrl.set(url, readFileSync(join(distDir, url), 'utf8'));
		}
		return codeByUrl.get(url);
	};
	const staticClosure = (roots, known) => {
		const found = new Set();
		const queue = [...roots];
		while (queue.length > 0) {
			const url = queue.pop();
			if (!known.has(url) && !found.has(url)) {
				found.add(url);
				queue.push(...staticImports(read(url)).map((spec) => resolveUrl(url, spec)));
			}
		}
		return found;
	};

	const roots = [...html.matchAll(SCRIPT_SRC)].map((match) => resolveUrl(pageUrl, match[1]));
	let inlineRaw = 0;
	let inlineGzip = 0;
	for (const [, code] of html.matchAll(INLINE_MODULE)) {
		inlineRaw += Buffer.byteLength(code);
		inlineGzip += gzipSync(code).length;
		roots.push(...staticImports(code).map((spec) => resolveUrl(pageUrl, spec)));
	}
	const early = staticClosure(roots, new Set());
	const eagerRoots = [...early].flatMap((url) =>
		eagerDynamicImports(read(url)).map((spec) => resolveUrl(url, spec)),
	);
	const late = staticClosure(eagerRoots, early);

	const files = [...early, ...late].sort();
	const contents = files.map((url) => Buffer.from(read(url)));
	return {
		files,
		afterParse: files.filter((file) => late.has(file) && !isLinked(html, file)),
		raw: contents.reduce((sum, buffer) => sum + buffer.length, inlineRaw),
		gzip: contents.reduce((sum, buffer) => sum + gzipSync(buffer).length, inlineGzip),
	};
}

function staticImports(code) {
	return [...code.matchAll(STATIC_IMPORT)].map((match) => match[1]);
}

function isLinked(html, file) {
	return html.includes(`src="${file}"`) || html.includes(`href="${file}"`);
}

function eagerDynamicImports(code) {
	return [...code.matchAll(EAGER_DYNAMIC_IMPORT)].map((match) => match[1]);
}

function resolveUrl(fromUrl, spec) {
	const path = spec.startsWith('/') ? spec : posix.join(posix.dirname(fromUrl), spec);
	return posix.normalize(path);
}

if (import.meta.url === `file://${process.argv[1]}`) {
	const distDir = process.argv[2] ?? 'dist';
	for (const page of listPages(distDir)) {
		const { files, raw, gzip } = measurePage(distDir, page);
		const name = relative(distDir, page);
		console.log(`${name.padEnd(40)} ${files.length} files  ${raw} B raw  ${gzip} B gzip`);
	}
}
