// The browser the benchmark drives: the same binary and flags as the browser tests.
import { existsSync } from 'node:fs';

// Keep in step with CHROMIUM_ARGS in playwright.config.ts: offline and quiet, and no host
// name but loopback resolves, so nothing can reach a real 8x8 or peer-vendor host.
export const CHROMIUM_ARGS = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-dev-shm-usage',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--no-first-run',
	'--disable-quic',
	'--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1, EXCLUDE localhost',
];

const KNOWN_SYSTEM_PATHS = [
	'/usr/bin/chromium',
	'/usr/bin/chromium-browser',
	'/usr/bin/google-chrome',
];

/**
 * Returns the Chromium binary: `CHROMIUM_PATH`, else `CHROME_PATH` (Lighthouse's name), else a
 * system Chromium. Throws with what to do when there is none.
 */
export function findChromium(env = process.env) {
	const path =
		env.CHROMIUM_PATH || env.CHROME_PATH || KNOWN_SYSTEM_PATHS.find((p) => existsSync(p));
	if (!path) {
		throw new Error(
			'No Chromium found for the benchmark. It needs a Chromium binary to drive. ' +
				'Install one (Debian: apt-get install chromium) or set CHROMIUM_PATH.',
		);
	}
	return path;
}
