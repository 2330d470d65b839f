// Build time only: the Astro integration that writes the modulepreload links into every page.

import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

import type { AstroIntegration } from 'astro';

import { addModulePreloads } from './add-module-preloads';
import { listStaticImports } from './list-static-imports';

/**
 * After `astro build`, links in each HTML page every module its entry scripts import statically,
 * so the browser fetches a page's JavaScript in one round instead of one per import level.
 */
export function modulePreloadIntegration(): AstroIntegration {
	let base = '/';
	return {
		name: 'sms-guide:module-preload',
		hooks: {
			'astro:config:done': ({ config }) => {
				base = config.base.endsWith('/') ? config.base : `${config.base}/`;
			},
			'astro:build:done': async ({ dir, logger }) => {
				const root = fileURLToPath(dir);
				const files = await listFiles(root);
				const imports = new Map<string, string[]>();
				for (const file of files.filter((name) => name.endsWith('.js'))) {
					const src = base + toUrlPath(relative(root, file));
					imports.set(src, await listStaticImports(await readFile(file, 'utf8'), src));
				}
				let changed = 0;
				for (const file of files.filter((name) => name.endsWith('.html'))) {
					const html = await readFile(file, 'utf8');
					const linked = addModulePreloads(html, (src) => imports.get(src) ?? []);
					if (linked !== html) {
						await writeFile(file, linked);
						changed += 1;
					}
				}
				logger.info(`modulepreload links added to ${changed} page(s)`);
			},
		},
	};
}

async function listFiles(dir: string): Promise<string[]> {
	const entries = await readdir(dir, { recursive: true, withFileTypes: true });
	return entries
		.filter((entry) => entry.isFile())
		.map((entry) => join(entry.parentPath, entry.name));
}

function toUrlPath(path: string): string {
	return path.split(sep).map(encodeURIComponent).join('/');
}
