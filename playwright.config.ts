import { defineConfig, devices } from '@playwright/test';

import { findChromiumPath } from './tests/e2e/support/chromium-path';

const PORT = Number(process.env.E2E_PORT ?? 4322);
const FAKE_PORT = Number(process.env.E2E_FAKE_PORT ?? 4401);
const executablePath = findChromiumPath();

// These flags keep Chromium offline and quiet: the machines reach no host but loopback, and the
// host-resolver rule makes sure no test can reach a real 8x8 host (MSW answers before DNS).
const CHROMIUM_ARGS = [
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

export default defineConfig({
	testDir: 'tests/e2e',
	testMatch: '**/*.spec.ts',
	fullyParallel: true,
	forbidOnly: Boolean(process.env.CI),
	retries: process.env.CI ? 1 : 0,
	workers: 2,
	reporter: [['list'], ['json', { outputFile: 'reports/e2e.json' }]],
	use: {
		baseURL: `http://127.0.0.1:${PORT}`,
		trace: 'on-first-retry',
		launchOptions: { args: CHROMIUM_ARGS, ...(executablePath ? { executablePath } : {}) },
	},
	projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'] } }],
	// Our own Node server (static site + relay), with the relay pointed at a fake 8x8 whose
	// `GET /__fake/requests` lets live-send tests read exactly what arrived.
	webServer: [
		{
			command: `npm run fake-8x8 -- --port ${FAKE_PORT}`,
			url: `http://127.0.0.1:${FAKE_PORT}/__fake/requests`,
			reuseExistingServer: !process.env.CI,
			timeout: 30_000,
		},
		{
			command: `npm run build && npm run serve`,
			url: `http://127.0.0.1:${PORT}/`,
			reuseExistingServer: !process.env.CI,
			timeout: 180_000,
			env: {
				ASTRO_TELEMETRY_DISABLED: '1',
				SMS_API_BASE_URL: `http://127.0.0.1:${FAKE_PORT}`,
				PORT: String(PORT),
			},
		},
	],
});
