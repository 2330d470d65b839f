// @ts-check
import starlight from '@astrojs/starlight';
import { defineConfig } from 'astro/config';

// The base path is configurable so the site can live under a sub-folder (e.g. GitHub Pages).
const base = process.env.SITE_BASE ?? '/';

export default defineConfig({
	site: 'http://127.0.0.1:4321',
	base,
	server: { host: '127.0.0.1', port: 4321 },
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
			],
		}),
	],
});
