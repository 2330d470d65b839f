// Lighthouse performance audits, each in a fresh Chromium (a cold profile) with the same
// flags as the browser tests. Only the performance category runs: it is all the budgets use.
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';

import { CHROMIUM_ARGS, findChromium } from './chromium.mjs';

const CONFIGS = { mobile: undefined, desktop: desktopConfig };

/**
 * Returns `{ score, tbtMs, lcpMs, benchmarkIndex }` for one audit of `url` in `formFactor` (`mobile`, with
 * Lighthouse's simulated slow 4G and 4x CPU slowdown, or `desktop`). `score` is 0-100 as the
 * report shows it; null when Lighthouse could not score the page (its error is in `error`).
 */
export async function runLighthouse(url, formFactor) {
	const chrome = await chromeLauncher.launch({
		chromePath: findChromium(),
		chromeFlags: ['--headless=new', ...CHROMIUM_ARGS],
	});
	try {
		const result = await lighthouse(
			url,
			{ port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance'] },
			CONFIGS[formFactor],
		);
		const { categories, audits, runtimeError, environment } = result.lhr;
		const score = categories.performance.score;
		return {
			score: score === null ? null : Math.round(score * 100),
			tbtMs: audits['total-blocking-time'].numericValue ?? null,
			lcpMs: audits['largest-contentful-paint'].numericValue ?? null,
			benchmarkIndex: environment.benchmarkIndex ?? null,
			...(runtimeError && { error: runtimeError.message }),
		};
	} finally {
		chrome.kill();
	}
}
