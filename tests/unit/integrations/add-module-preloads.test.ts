import { describe, expect, it } from 'vitest';

import { addModulePreloads } from '~/integrations/add-module-preloads';

const page = (head: string, body: string) =>
	`<html><head><meta charset="utf-8">${head}</head><body>${body}</body></html>`;
const script = (src: string) => `<script type="module" src="${src}"></script>`;
const link = (src: string) => `<link rel="modulepreload" href="${src}">`;

// A graph like a built page's: two entries sharing a chunk, which imports another.
const GRAPH: Record<string, string[]> = {
	'/_astro/toc.js': ['/_astro/shared.js'],
	'/_astro/widgets.js': ['/_astro/shared.js', '/_astro/helper.js'],
	'/_astro/shared.js': ['/_astro/runtime.js'],
	'/_astro/helper.js': [],
	'/_astro/runtime.js': [],
};
const listImports = (src: string) => GRAPH[src] ?? [];

describe('addModulePreloads', () => {
	it('links every module the entry scripts import, through every level, once each', () => {
		const html = page('', script('/_astro/toc.js') + script('/_astro/widgets.js'));
		const links = ['/_astro/shared.js', '/_astro/runtime.js', '/_astro/helper.js'].map(link);
		expect(addModulePreloads(html, listImports)).toBe(
			page(links.join(''), script('/_astro/toc.js') + script('/_astro/widgets.js')),
		);
	});

	it('leaves out the entry scripts and modules the page preloads already', () => {
		const html = page(
			link('/_astro/runtime.js'),
			script('/_astro/toc.js') + script('/_astro/shared.js'),
		);
		expect(addModulePreloads(html, listImports)).toBe(
			page(link('/_astro/runtime.js'), script('/_astro/toc.js') + script('/_astro/shared.js')),
		);
	});

	it('stops at import cycles', () => {
		const cycle: Record<string, string[]> = { '/a.js': ['/b.js'], '/b.js': ['/a.js', '/c.js'] };
		const html = page('', script('/a.js'));
		expect(addModulePreloads(html, (src) => cycle[src] ?? [])).toBe(
			page(link('/b.js') + link('/c.js'), script('/a.js')),
		);
	});

	it('returns the page unchanged when its scripts import nothing, or it has no head end', () => {
		const plain = page('', script('/_astro/helper.js'));
		expect(addModulePreloads(plain, listImports)).toBe(plain);
		const headless = `<p>x</p>${script('/_astro/toc.js')}`;
		expect(addModulePreloads(headless, listImports)).toBe(headless);
	});

	it('escapes an ampersand in a linked path', () => {
		const html = page('', script('/a.js'));
		expect(addModulePreloads(html, () => ['/b&c.js'])).toBe(
			page(link('/b&amp;c.js'), script('/a.js')),
		);
	});
});
