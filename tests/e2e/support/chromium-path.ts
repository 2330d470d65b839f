import { existsSync } from 'node:fs';

const KNOWN_SYSTEM_PATHS = [
	'/usr/bin/chromium',
	'/usr/bin/chromium-browser',
	'/usr/bin/google-chrome',
];

/**
 * Returns the Chromium binary the browser tests should launch, or undefined for Playwright's own.
 * `CHROMIUM_PATH` wins; `PLAYWRIGHT_CHROMIUM=bundled` forces Playwright's download; otherwise a
 * system Chromium is used when one is installed (Debian's package works where downloads do not).
 */
export function findChromiumPath(env: NodeJS.ProcessEnv = process.env): string | undefined {
	if (env.CHROMIUM_PATH) {
		return env.CHROMIUM_PATH;
	}
	if (env.PLAYWRIGHT_CHROMIUM === 'bundled') {
		return undefined;
	}
	return KNOWN_SYSTEM_PATHS.find((path) => existsSync(path));
}
