import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { startFakeSmsServer, type FakeSmsServer } from '~/server/fake-sms-server';
import type { RelayOptions } from '~/server/relay/relay-options';
import { startSiteServer, type RunningSite } from '~/server/start-site-server';

/** A site server whose relay points at a fake 8x8, all on random loopback ports. */
export interface Rig {
	site: RunningSite;
	fake: FakeSmsServer;
	/** A second fake that `fault-redirect` points at; it must never get a request. */
	elsewhere: FakeSmsServer;
	port: number;
	/** `127.0.0.1:{port}`, the Host a browser sends. */
	host: string;
	/** `http://127.0.0.1:{port}`, the Origin a browser sends. */
	origin: string;
	/** A file next to the site root that no URL may reach. */
	secret: string;
	close(): Promise<void>;
}

/** Options of {@link startRig}. */
export interface RigOptions {
	relay?: RelayOptions;
	/** @default 5_000 */
	headersTimeoutMs?: number;
}

// Generous enough that a busy machine never trips them; timeout tests pass their own caps.
const CALM_LIMITS = { bodyMs: 5_000, upstreamMs: 5_000 };

/**
 * Starts a fake 8x8, a site server on a temporary root (index, 404 page, a folder, a hidden
 * file next to a secret one outside it) and a relay pointed at the fake, with a rate limit too
 * high to matter unless `options.relay` says otherwise.
 */
export async function startRig(options: RigOptions = {}): Promise<Rig> {
	const { relay = {}, headersTimeoutMs = 5_000 } = options;
	const elsewhere = await startFakeSmsServer();
	const fake = await startFakeSmsServer({ redirectTo: `${elsewhere.url}/stolen` });
	const parent = await mkdtemp(join(tmpdir(), 'relay-rig-'));
	const root = join(parent, 'site');
	await mkdir(join(root, 'guide'), { recursive: true });
	await writeFile(join(root, 'index.html'), '<!doctype html><title>Home</title>');
	await writeFile(join(root, '404.html'), '<!doctype html><title>Not found</title>');
	await writeFile(join(root, 'guide', 'index.html'), '<!doctype html><title>Guide</title>');
	await writeFile(join(root, '.env'), 'KEY=hidden');
	await writeFile(join(parent, 'secret.txt'), 'outside the site');

	const site = await startSiteServer({
		root,
		port: 0,
		headersTimeoutMs,
		relay: {
			upstreamBase: fake.url,
			rateLimit: { limit: 10_000 },
			...relay,
			limits: { ...CALM_LIMITS, ...relay.limits },
		},
	});
	const port = Number(new URL(site.url).port);
	return {
		site,
		fake,
		elsewhere,
		port,
		host: `127.0.0.1:${port}`,
		origin: `http://127.0.0.1:${port}`,
		secret: 'outside the site',
		close: async () => {
			await site.close();
			await fake.close();
			await elsewhere.close();
			await rm(parent, { recursive: true, force: true });
		},
	};
}
