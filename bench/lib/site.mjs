// Builds the guide into a temporary folder and serves it with `astro preview` on a free
// loopback port, so the benchmark never touches dist/ that the browser tests build and serve.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
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

/** Serves `outDir`; resolves with `{ origin, close }` once the home page answers. */
export async function previewSite(outDir) {
	const port = await findFreePort();
	// --ignore-lock: run beside any preview another checkout or test run keeps, and leave its lock.
	const args = [ASTRO, 'preview', '--ignore-lock', '--host', '127.0.0.1', '--port', String(port)];
	const child = spawn(process.execPath, [...args, '--outDir', outDir], {
		cwd: ROOT,
		env: ENV,
		stdio: 'ignore',
		detached: true,
	});
	const origin = `http://127.0.0.1:${port}`;
	await waitForServer(origin, child);
	return {
		origin,
		close: () => {
			// Only the preview's own process group, started above; it may have ended already.
			if (child.exitCode === null) {
				process.kill(-child.pid, 'SIGTERM');
			}
			if (!process.env.BENCH_KEEP_SITE) rmSync(outDir, { recursive: true, force: true });
		},
	};
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

function findFreePort() {
	return new Promise((resolve, reject) => {
		const server = createServer();
		server.on('error', reject);
		server.listen(0, '127.0.0.1', () => {
			const { port } = server.address();
			server.close(() => resolve(port));
		});
	});
}

async function waitForServer(origin, child) {
	const deadline = Date.now() + 60_000;
	while (Date.now() < deadline) {
		if (child.exitCode !== null) {
			throw new Error(`astro preview exited with ${child.exitCode} before serving ${origin}`);
		}
		try {
			const response = await fetch(origin);
			if (response.ok) {
				return;
			}
		} catch {
			// Not listening yet.
		}
		await new Promise((resolve) => setTimeout(resolve, 200));
	}
	throw new Error(`astro preview did not answer on ${origin} within 60 s`);
}
