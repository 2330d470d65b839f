// @ts-check
import { fileURLToPath } from 'node:url';

import starlight from '@astrojs/starlight';
import { defineConfig } from 'astro/config';

import { modulePreloadIntegration } from './src/integrations/module-preload-integration.ts';

// The base path is configurable so the site can live under a sub-folder (e.g. GitHub Pages).
const base = process.env.SITE_BASE ?? '/';

export default defineConfig({
	site: 'http://127.0.0.1:4321',
	base,
	server: { host: '127.0.0.1', port: 4321 },
	build: { inlineStylesheets: 'always' },
	integrations: [
		starlight({
			title: '8x8 SMS from Workato',
			description:
				'Send an SMS with the 8x8 SMS API from a Workato recipe, and test it in the page.',
			favicon: '/favicon.svg',
			customCss: ['./src/styles/widgets.css'],
			sidebar: [
				{ label: 'Overview', link: '/' },
				{ label: 'Guide', items: [{ autogenerate: { directory: 'guide' } }] },
				{ label: 'Reference', items: [{ autogenerate: { directory: 'reference' } }] },
			],
		}),
		modulePreloadIntegration(),
	],
	vite: {
		resolve: {
			// MSW 2.15.0's browser build pulls in tough-cookie with the public-suffix list for a
			// cookie jar the 8x8 mock never uses; the shim says when this alias can go.
			alias: [
				{
					find: /^tough-cookie$/,
					replacement: fileURLToPath(new URL('./src/mocks/shims/tough-cookie.ts', import.meta.url)),
				},
			],
		},
	},
});
