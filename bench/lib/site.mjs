// Builds the guide into a temporary folder, so the benchmark never touches dist/, which the
// browser tests build and serve.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = new URL('../..', import.meta.url).pathname;
const ASTRO = join(ROOT, 'node_modules/astro/bin/astro.mjs');
const ENV = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };

/** Runs `astro build` into a new temporary folder and returns that folder. */
export async function buildSite() {
	const outDir = mkdtempSync(join(tmpdir(), 'sms-guide-bench-'));
	await run([ASTRO, 'build', '--outDir', outDir]);
	return outDir;
}

/** Deletes a folder made by {@link buildSite}, unless BENCH_KEEP_SITE is set (to inspect it). */
export function removeSite(outDir) {
	if (!process.env.BENCH_KEEP_SITE) {
		rmSync(outDir, { recursive: true, force: true });
	}
}

/** Returns the paths listed in the built sitemap (`/`, `/guide/1-api-key/`, ...). */
export function readSitemapPaths(outDir) {
	const xml = readFileSync(join(outDir, 'sitemap-0.xml'), 'utf8');
	return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1]).pathname);
}

function run(args) {
	return new Promise((resolve, reject) => {
		const child = spawn(process.execPath, args, { cwd: ROOT, env: ENV, stdio: 'inherit' });
		child.on('exit', (code) =>
			code === 0 ? resolve() : reject(new Error(`astro ${args[1]} exited with ${code}`)),
		);
	});
}
