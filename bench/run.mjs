// `npm run bench`: builds the guide, serves it and the three peer pages on loopback, measures
// each page in cold Chromium runs and Lighthouse, times one keystroke, writes
// bench/results/latest.{md,json}, and exits 1 when a budget fails.
//
// Options: --runs N (default 5), --lighthouse-runs N (default 3, 0 to skip: budgets fail).
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

const BENCH_DIR = new URL('.', import.meta.url).pathname;
const RESULTS_DIR = join(BENCH_DIR, 'results');
const PEER_PACKAGES = ['lighthouse', 'swagger-ui-dist', 'rapidoc', '@scalar/api-reference'];

const { values: options } = parseArgs({
	options: {
		runs: { type: 'string', default: '5' },
		'lighthouse-runs': { type: 'string', default: '3' },
	},
});

checkNode();
installBenchDependencies();

// Imported after the install: these modules load the bench's own packages. playwright-core is
// the site's devDependency (pinned with @playwright/test), so it is not installed twice.
const { chromium } = await import('playwright-core');
const { aggregate } = await import('./lib/aggregate.mjs');
const { checkBudgets } = await import('./lib/budgets.mjs');
const { CHROMIUM_ARGS, findChromium } = await import('./lib/chromium.mjs');
const { runLighthouse } = await import('./lib/lighthouse.mjs');
const { measurePage } = await import('./lib/measure-page.mjs');
const { formatReport } = await import('./lib/report.mjs');
const { buildSite, readSitemapPaths, removeSite } = await import('./lib/site.mjs');
const { startStaticServer } = await import('./lib/static-server.mjs');
const { describe } = await import('./lib/stats.mjs');
const { listOurTargets, listPeerTargets } = await import('./lib/targets.mjs');

const runs = Number(options.runs);
const lighthouseRuns = Number(options['lighthouse-runs']);
const started = new Date();
const loadBefore = loadavg()[0].toFixed(1);

const { summaries, keystrokes, chromiumVersion, benchmarkIndex } = await measureAll();

const budgets = checkBudgets(summaries);
const meta = {
	startedAt: started.toISOString(),
	durationS: Math.round((Date.now() - started.getTime()) / 1000),
	runs,
	lighthouseRuns,
	cpus: cpus().length,
	loadBefore,
	loadAfter: loadavg()[0].toFixed(1),
	chromium: chromiumVersion,
	benchmarkIndex: benchmarkIndex === undefined ? null : Math.round(benchmarkIndex),
	node: process.versions.node,
	versions: Object.fromEntries(PEER_PACKAGES.map((name) => [name, packageVersion(name)])),
};
const report = formatReport({ meta, summaries, keystrokes, budgets });
mkdirSync(RESULTS_DIR, { recursive: true });
writeFileSync(join(RESULTS_DIR, 'latest.md'), report);
const json = { meta, budgets, keystrokes, summaries };
writeFileSync(join(RESULTS_DIR, 'latest.json'), `${JSON.stringify(json, null, '\t')}\n`);
console.log(`\n${report}`);
reportBudgets(budgets);

async function measureAll() {
	const outDir = await buildSite();
	// One server for the guide and the peers, gzip on for all: the same host for every page.
	const site = await startStaticServer({ siteDir: outDir });
	const peerServer = await startStaticServer();
	try {
		const targets = [
			...listOurTargets(site.origin, readSitemapPaths(outDir)),
			...listPeerTargets(peerServer.origin),
		];
		const { runsById, chromiumVersion } = await measureInBrowser(targets);
		const keystrokes = measureKeystrokes();
		// Lighthouse starts every audit with empty storage: first visits and peers only.
		const lighthouseById = await measureWithLighthouse(targets.filter((target) => !target.draft));
		const indexes = [...lighthouseById.values()].flat().map((audit) => audit.benchmarkIndex);
		return {
			summaries: aggregate(targets, runsById, lighthouseById),
			keystrokes,
			chromiumVersion,
			benchmarkIndex: describe(indexes)?.median,
		};
	} finally {
		await site.close();
		await peerServer.close();
		removeSite(outDir);
	}
}

async function measureInBrowser(targets) {
	const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
	const runsById = new Map(targets.map((target) => [target.id, []]));
	try {
		// Round-robin, so load from other work on the machine hits every page alike.
		for (let run = 1; run <= runs; run += 1) {
			for (const target of targets) {
				const result = await measurePage(browser, target);
				runsById.get(target.id).push(result);
				const ready =
					result.load.readyMs === null ? '' : `, usable ${Math.round(result.load.readyMs)} ms`;
				console.log(`[bench] run ${run}/${runs} ${target.id}${ready}`);
			}
		}
		return { runsById, chromiumVersion: browser.version() };
	} finally {
		await browser.close();
	}
}

function measureKeystrokes() {
	console.log('[bench] keystroke cost');
	const script = join(BENCH_DIR, 'keystroke.mjs');
	const output = execFileSync(process.execPath, [script, '--json'], { encoding: 'utf8' });
	return JSON.parse(output);
}

async function measureWithLighthouse(targets) {
	const audits = new Map(targets.map((target) => [target.id, []]));
	for (let run = 1; run <= lighthouseRuns; run += 1) {
		for (const target of targets) {
			for (const formFactor of ['mobile', 'desktop']) {
				const audit = await runLighthouse(target.url, formFactor);
				audits.get(target.id).push({ formFactor, ...audit });
				const tbt = audit.tbtMs === null ? '-' : Math.round(audit.tbtMs);
				console.log(
					`[bench] lighthouse ${run}/${lighthouseRuns} ${formFactor} ${target.id}: ` +
						`${audit.score}, TBT ${tbt} ms`,
				);
			}
		}
	}
	return audits;
}

function reportBudgets(results) {
	const failed = results.filter((budget) => !budget.ok);
	if (failed.length === 0) {
		console.log('\n[bench] Every budget holds.');
		return;
	}
	console.error('\n========================================================================');
	for (const budget of failed) {
		console.error(`BUDGET FAILED: ${budget.name}: ${budget.actual} (limit ${budget.limit}).`);
	}
	console.error('========================================================================');
	console.error('See bench/results/latest.md for every figure; timings need a quiet machine.');
	process.exitCode = 1;
}

function checkNode() {
	const [major, minor] = process.versions.node.split('.').map(Number);
	if (major < 22 || (major === 22 && minor < 19)) {
		console.error(
			`The benchmark cannot run on Node ${process.versions.node}: Lighthouse 13 needs 22.19 ` +
				"or newer. Run it with `npm run bench`, which uses the project's own Node 24.",
		);
		process.exit(1);
	}
}

// The peers and Lighthouse live in bench/package.json, never in the site's dependencies.
function installBenchDependencies() {
	if (PEER_PACKAGES.every((name) => existsSync(join(BENCH_DIR, 'node_modules', name)))) {
		return;
	}
	console.log("[bench] installing the benchmark's own packages: npm --prefix bench ci");
	const npm = process.env.npm_execpath;
	const [command, args] = npm ? [process.execPath, [npm]] : ['npm', []];
	const result = spawnSync(
		command,
		[...args, 'ci', '--prefix', BENCH_DIR, '--no-audit', '--no-fund'],
		{
			stdio: 'inherit',
		},
	);
	if (result.status !== 0) {
		console.error("Installing the benchmark's packages failed; run `npm --prefix bench ci`.");
		process.exit(1);
	}
}

function packageVersion(name) {
	const path = join(BENCH_DIR, 'node_modules', name, 'package.json');
	return JSON.parse(readFileSync(path, 'utf8')).version;
}
