// Runs the site server and its relay alone in a child process (started by relay-load.test.ts
// with --expose-gc), so the parent can read the relay's own heap over IPC. No test-only
// endpoint exists in the server. The process ends when the parent says stop or goes away.
import { startSiteServer } from '~/server/start-site-server';

const upstreamBase = process.argv[2];
const site = await startSiteServer({
	root: new URL('./no-site/', import.meta.url).pathname,
	port: 0,
	relay: {
		...(upstreamBase === undefined ? {} : { upstreamBase }),
		rateLimit: { limit: 1_000_000 },
	},
});

// Buffers keep their bytes outside the JS heap, so a leaked request body shows up in
// `arrayBuffers`, not in `heapUsed`: both are reported.
function memoryAfterGc(): { heapUsed: number; arrayBuffers: number } {
	// Two passes: the first can leave objects with finalizers for the second.
	globalThis.gc?.();
	globalThis.gc?.();
	const { heapUsed, arrayBuffers } = process.memoryUsage();
	return { heapUsed, arrayBuffers };
}

process.on('message', (message) => {
	if (message === 'memory') {
		process.send?.({ type: 'memory', ...memoryAfterGc() });
	} else if (message === 'stop') {
		void site.close().then(() => process.exit(0));
	}
});
process.on('disconnect', () => process.exit(0));
process.send?.({ type: 'ready', url: site.url });
