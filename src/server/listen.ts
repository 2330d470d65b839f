// Node only: promise wrappers around starting and stopping an HTTP server.

import type { Server } from 'node:http';

/** Resolves once `server` listens on `host:port`; rejects with the listen error (EADDRINUSE). */
export function listen(server: Server, port: number, host: string): Promise<void> {
	return new Promise((resolve, reject) => {
		server.once('error', reject);
		server.listen(port, host, () => {
			server.off('error', reject);
			resolve();
		});
	});
}

/**
 * Resolves once `server` has stopped: open connections, idle or busy, are dropped first, so a
 * request that never ends cannot keep it alive. Closing a stopped server resolves too.
 */
export function closeServer(server: Server): Promise<void> {
	if (!server.listening) {
		return Promise.resolve();
	}
	return new Promise((resolve, reject) => {
		server.close((error) => (error ? reject(error) : resolve()));
		server.closeAllConnections();
	});
}
