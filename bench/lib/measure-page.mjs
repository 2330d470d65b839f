// One cold run of one target: a fresh browser context (empty cache, no service worker), the
// page loaded, its bytes, requests, heap and "usable" time, then an optional first send.
import { gzipSync } from 'node:zlib';

import { watchAnswer, watchReady } from './probes.mjs';

const QUIET_MS = 1000;
const TIMEOUT_MS = 60_000;

/**
 * Returns `{ load, send? }` for one run. `load` holds `readyMs` (null on pages without a
 * control to wait for), `domContentLoadedMs`, `loadEventMs`, `heapBytes`, and two summaries (see `summarize`): `atLoad`, what was
 * requested before the load event, and `settled`, everything fetched without any input until
 * the network had been quiet for a second (idle-time loads included). `send` holds
 * `answerMs` and a summary of what was fetched after the first click.
 */
export async function measurePage(browser, target) {
	const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
	try {
		await target.prepare?.(context);
		if (target.ready) {
			await context.addInitScript(script(watchReady, target.ready));
		}
		const log = logResponses(context);
		const page = await context.newPage();
		await page.goto(target.url, { waitUntil: 'load', timeout: TIMEOUT_MS });

		const readyMs = target.ready ? await waitForValue(page, '__benchReadyAt') : null;
		await log.quiet(QUIET_MS);
		const { beforeLoad, domContentLoadedMs, loadEventMs } = await page.evaluate(readTimings);
		const entries = await log.take();
		const load = {
			readyMs,
			domContentLoadedMs,
			loadEventMs,
			heapBytes: await usedHeap(context, page),
			atLoad: summarize(entries.filter((entry) => beforeLoad.includes(entry.url))),
			settled: summarize(entries),
		};
		if (!target.send) {
			return { load };
		}

		await page.evaluate(script(watchAnswer, target.send.answer));
		await target.send.steps(page);
		const answerAt = await waitForValue(page, '__benchAnswerAt');
		const clickAt = await page.evaluate(() => window.__benchClickAt);
		await log.quiet(QUIET_MS);
		const send = { answerMs: answerAt - clickAt, ...summarize(await log.take()) };
		return { load, send };
	} finally {
		await context.close();
	}
}

function script(probe, { probe: check, arg }) {
	return `(${probe})(${check}, ${JSON.stringify(arg)});`;
}

async function waitForValue(page, name) {
	const handle = await page.waitForFunction((key) => window[key], name, { timeout: TIMEOUT_MS });
	return handle.jsonValue();
}

// The document and every resource the page started before its load event began, and when
// DOMContentLoaded and load ended (ms since navigation start).
function readTimings() {
	const [navigation] = performance.getEntriesByType('navigation');
	const resources = performance.getEntriesByType('resource');
	const early = resources.filter((entry) => entry.startTime < navigation.loadEventStart);
	return {
		beforeLoad: [navigation.name, ...early.map((entry) => entry.name)],
		domContentLoadedMs: navigation.domContentLoadedEventEnd,
		loadEventMs: navigation.loadEventEnd,
	};
}

async function usedHeap(context, page) {
	const cdp = await context.newCDPSession(page);
	await cdp.send('HeapProfiler.collectGarbage');
	const { usedSize } = await cdp.send('Runtime.getHeapUsage');
	await cdp.detach();
	return usedSize;
}

// Collects every response of the context, the service worker's included, with its body
// measured raw and gzipped here (the servers send it uncompressed).
function logResponses(context) {
	let entries = [];
	let pending = [];
	let lastEventAt = Date.now();
	const onResponse = (response) => {
		lastEventAt = Date.now();
		pending.push(measureResponse(response).then((entry) => entries.push(entry)));
	};
	context.on('response', onResponse);
	context.on('request', () => (lastEventAt = Date.now()));
	context.on('requestfailed', (request) => {
		lastEventAt = Date.now();
		entries.push({ url: request.url(), kind: 'failed', raw: 0, gzip: 0 });
	});
	return {
		quiet: async (ms) => {
			while (Date.now() - lastEventAt < ms) {
				await new Promise((resolve) => setTimeout(resolve, 100));
			}
		},
		take: async () => {
			await Promise.all(pending);
			const taken = entries;
			entries = [];
			pending = [];
			return taken;
		},
	};
}

async function measureResponse(response) {
	const url = response.url();
	const type = response.headers()['content-type'] ?? '';
	const body = await response.body().catch(() => Buffer.alloc(0));
	const kind = kindOf(url, type, response.request().resourceType());
	return {
		url,
		kind,
		// Shiki's core or a TextMate grammar (every grammar names its `scopeName`).
		shiki: kind === 'js' && /shiki|scopeName/.test(body.toString('latin1')),
		fromServiceWorker: response.fromServiceWorker(),
		raw: body.length,
		gzip: body.length === 0 ? 0 : gzipSync(body).length,
	};
}

function kindOf(url, type, resourceType) {
	if (/javascript|ecmascript/.test(type) || resourceType === 'script') {
		return 'js';
	}
	if (type.includes('text/css') || resourceType === 'stylesheet') {
		return 'css';
	}
	return 'other';
}

/**
 * Sums the entries: `requests` (every request, failed ones too), `js` and `css` as
 * `{ raw, gzip }`, `all` for every body, `files` (url, kind, gzip) for the report, and
 * `shikiFiles`, the scripts that hold Shiki or a grammar.
 * Answers a service worker made up in the page count as requests but add no bytes.
 */
export function summarize(entries) {
	const sum = (kind) => {
		const chosen = entries.filter((entry) => kind === 'all' || entry.kind === kind);
		const fetched = chosen.filter((entry) => !entry.fromServiceWorker);
		return {
			raw: fetched.reduce((total, entry) => total + entry.raw, 0),
			gzip: fetched.reduce((total, entry) => total + entry.gzip, 0),
		};
	};
	return {
		requests: entries.length,
		js: sum('js'),
		css: sum('css'),
		all: sum('all'),
		shikiFiles: entries.filter((entry) => entry.shiki).map((entry) => entry.url),
		files: entries.map(({ url, kind, gzip, fromServiceWorker }) => ({
			url,
			kind,
			gzip,
			...(fromServiceWorker && { fromServiceWorker }),
		})),
	};
}
