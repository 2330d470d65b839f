// Node only: `npm run serve` (and `npm start` after the build): serves dist/ and the relay.
// Run as `node --import ./scripts/register-ts-paths.mjs src/server/serve.ts` (Node 24).

import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

import type { Issue } from '~/lib/issue';

import { readServerSettings } from './read-server-settings';
import { startSiteServer } from './start-site-server';

const root = fileURLToPath(new URL('../../dist/', import.meta.url));
const settings = readServerSettings(process.env);
if (!settings.ok) {
	fail(settings.issues);
}
if (!existsSync(`${root}index.html`)) {
	fail([
		{
			code: 'SITE_NOT_BUILT',
			severity: 'error',
			path: 'dist',
			title: `There is no built site in ${root}.`,
			detail: 'The server only serves the output of the Astro build.',
			fix: 'Run `npm run build` first, or use `npm start`, which builds and then serves.',
		},
	]);
}

const { host, port, base, upstreamBase } = settings.value;
const site = await startSiteServer({
	root,
	host,
	port,
	base,
	...(upstreamBase === undefined ? {} : { relay: { upstreamBase } }),
});
const target = upstreamBase ?? "8x8's SMS API (https://sms.8x8.com and the other regional hosts)";
process.stdout.write(`The guide is at ${site.url}\n`);
process.stdout.write(`Live sends go through ${site.url}relay/ to ${target}.\n`);
if (!['127.0.0.1', '::1', 'localhost'].includes(host)) {
	console.warn(`HOST is ${host}: other machines on your network can open the guide and its relay.`);
}

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
	process.once(signal, () => {
		void site.close().then(() => process.exit(0));
	});
}

function fail(issues: readonly Issue[]): never {
	for (const issue of issues) {
		console.error(`${issue.title}\n  ${issue.detail}\n  ${issue.fix}`);
	}
	process.exit(1);
}
