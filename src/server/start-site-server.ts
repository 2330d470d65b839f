// Node only: the server `npm start` runs: the built guide plus the live-sending relay.

import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

import { answerClientError } from './answer-client-error';
import { listAllowedHosts } from './list-allowed-hosts';
import { closeServer, listen } from './listen';
import { createRelay } from './relay/create-relay';
import type { RelayOptions } from './relay/relay-options';
import { routeSiteRequest, type SiteRoutes } from './route-site-request';

/** Options of {@link startSiteServer}. */
export interface SiteServerOptions {
	/** Absolute path of the built site (`dist/`). */
	root: string;
	/** @default '127.0.0.1' */
	host?: string;
	/** 0 picks a free port. @default 4321 */
	port?: number;
	/** The site's base path, as in `astro.config.mjs`. @default '/' */
	base?: string;
	relay?: RelayOptions;
	/** Time for a client to send all request headers, in milliseconds. @default 10_000 */
	headersTimeoutMs?: number;
}

/** A running site server. */
export interface RunningSite {
	/** The address to open, e.g. `http://127.0.0.1:4321/`. */
	url: string;
	/** The `Host` values the server answers to. */
	allowedHosts: readonly string[];
	/** Stops listening, drops open connections and pooled connections to 8x8. */
	close(): Promise<void>;
}

/**
 * Starts the site server: static files of `root` under `base`, and the relay under
 * `{base}relay/`. Headers must arrive within `headersTimeoutMs` and a whole request within
 * 30 seconds more (slow senders are cut off), and headers are capped at 16 KB.
 * @throws {Error} when the port is taken or the host cannot be listened on.
 */
export async function startSiteServer(options: SiteServerOptions): Promise<RunningSite> {
	const { host = '127.0.0.1', port = 4321, base = '/', headersTimeoutMs = 10_000 } = options;
	const relay = createRelay(options.relay);
	const routes: SiteRoutes = { root: options.root, base, relay, allowedHosts: [] };
	const server = createServer(
		{
			headersTimeout: headersTimeoutMs,
			requestTimeout: headersTimeoutMs + 30_000,
			connectionsCheckingInterval: Math.min(1_000, headersTimeoutMs),
			maxHeaderSize: 16 * 1024,
			keepAliveTimeout: 5_000,
		},
		(request, response) => void routeSiteRequest(request, response, routes),
	);
	server.on('clientError', answerClientError);

	await listen(server, port, host);
	const address = server.address() as AddressInfo;
	routes.allowedHosts = listAllowedHosts(host, address.port);
	const shown = showHost(host, address);
	return {
		url: `http://${shown}:${address.port}${base}`,
		allowedHosts: routes.allowedHosts,
		close: async () => {
			await closeServer(server);
			relay.close();
		},
	};
}

// A wildcard address is not one a browser can open; loopback reaches the same server.
function showHost(host: string, address: AddressInfo): string {
	if (host === '0.0.0.0' || host === '::' || host === '') {
		return '127.0.0.1';
	}
	return address.family === 'IPv6' ? `[${address.address}]` : address.address;
}
