import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { getViteConfig } from 'astro/config';
import { experimental_AstroContainer } from 'astro/container';
import { createServer, type InlineConfig } from 'vite';

/** Renders `.astro` components to HTML strings; call `close` when done. */
export interface AstroRenderer {
	render(path: string, props?: Record<string, unknown>): Promise<string>;
	close(): Promise<void>;
}

/**
 * Returns a renderer for static components. vitest.config.ts uses plain Vite, which cannot load
 * `.astro` files, so a Vite server with Astro's plugins compiles them for the container API. It
 * skips astro.config.mjs (no integrations are needed) and keeps its cache in a temp folder.
 */
export async function createAstroRenderer(): Promise<AstroRenderer> {
	const cacheDir = await mkdtemp(join(tmpdir(), 'astro-renderer-'));
	const configure = getViteConfig({}, { configFile: false, logLevel: 'silent' });
	const base = (await configure({ mode: 'test', command: 'serve' })) as InlineConfig;
	const server = await createServer({
		...base,
		configFile: false,
		cacheDir,
		logLevel: 'silent',
		appType: 'custom',
		optimizeDeps: { noDiscovery: true, include: [] },
		server: { middlewareMode: true, hmr: false, ws: false, watch: null },
	});
	const container = await experimental_AstroContainer.create();

	return {
		async render(path, props = {}) {
			const module = (await server.ssrLoadModule(path)) as { default: never };
			return container.renderToString(module.default, { props });
		},
		async close() {
			await server.close();
			await rm(cacheDir, { recursive: true, force: true });
		},
	};
}
