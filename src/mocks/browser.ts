// Ships to the browser: starts the mock 8x8 API in the page. Load it with a dynamic import.

import { setupWorker } from 'msw/browser';

import { messageHandlers } from './handlers/messages';
import { workerUrl } from './worker-url';

let started: Promise<void> | undefined;

/**
 * Registers the MSW service worker from `{baseUrl}mockServiceWorker.js` and resolves once it
 * intercepts requests, so the first send after it is mocked. Later calls share the first call's
 * worker (and ignore their own `baseUrl`); after a failed start the next call tries again.
 * Requests the handlers do not cover pass through silently.
 *
 * @throws when the browser cannot register the worker (no service workers, script not found).
 */
export function startMockWorker(baseUrl: string): Promise<void> {
	started ??= start(baseUrl).catch((error: unknown) => {
		started = undefined;
		throw error;
	});
	return started;
}

async function start(baseUrl: string): Promise<void> {
	const worker = setupWorker(...messageHandlers);
	await worker.start({
		serviceWorker: { url: workerUrl(baseUrl) },
		onUnhandledRequest: 'bypass',
		quiet: true,
	});
}
