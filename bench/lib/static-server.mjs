// A tiny static server for the built guide and the peer pages alike, loopback only. Text is sent
// gzipped when the browser asks for it, as any real host does, so Lighthouse's simulated slow
// network sees the bytes a reader would download; every page, ours and the peers', is served
// the same way. Peer bundles are read from bench/node_modules.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

const BENCH_DIR = new URL('..', import.meta.url).pathname;
const VENDOR_PACKAGES = ['swagger-ui-dist', 'rapidoc', '@scalar/api-reference'];
const CONTENT_TYPES = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.png': 'image/png',
	'.svg': 'image/svg+xml',
	'.woff2': 'font/woff2',
	'.xml': 'application/xml; charset=utf-8',
	'.txt': 'text/plain; charset=utf-8',
	'.webmanifest': 'application/manifest+json',
	'.wasm': 'application/wasm',
	'.pf_meta': 'application/octet-stream',
};
const COMPRESSIBLE = /^(text\/|application\/(json|xml|manifest\+json)|image\/svg\+xml)/;

/**
 * Starts the server on a free port of 127.0.0.1; resolves with `{ origin, close }`. With
 * `siteDir` it serves that folder as a site (a folder's index.html for its path); without, the
 * peer pages, bench/openapi.json and the peers' bundles. Anything else is a short plain 404:
 * the guide's relay check expects one, and it reads no body.
 */
export function startStaticServer({ siteDir } = {}) {
	const resolve = siteDir ? (path) => resolveSiteFile(siteDir, path) : resolveFile;
	const gzipped = new Map();
	const server = createServer((request, response) => {
		const file = resolve(new URL(request.url, 'http://x').pathname);
		if (!file) {
			response.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
			return;
		}
		const type = CONTENT_TYPES[extname(file)] ?? 'application/octet-stream';
		const headers = { 'content-type': type, 'cache-control': 'no-store' };
		let body = readFileSync(file);
		if (COMPRESSIBLE.test(type) && /\bgzip\b/.test(request.headers['accept-encoding'] ?? '')) {
			if (!gzipped.has(file)) {
				gzipped.set(file, gzipSync(body));
			}
			body = gzipped.get(file);
			Object.assign(headers, { 'content-encoding': 'gzip', vary: 'accept-encoding' });
		}
		response.writeHead(200, headers).end(body);
	});
	return new Promise((resolve) => {
		server.listen(0, '127.0.0.1', () => {
			const { port } = server.address();
			resolve({
				origin: `http://127.0.0.1:${port}`,
				close: () => new Promise((done) => server.close(done)),
			});
		});
	});
}

// Maps `/peers/x.html`, `/openapi.json` and `/vendor/<package>/<file>` to files; anything
// else (or a path that climbs out of its folder) is not served.
function resolveFile(pathname) {
	const path = decodeURIComponent(pathname);
	if (path === '/openapi.json') {
		return join(BENCH_DIR, 'openapi.json');
	}
	if (path.startsWith('/peers/')) {
		return inside(join(BENCH_DIR, 'peers'), path.slice('/peers/'.length));
	}
	const pkg = VENDOR_PACKAGES.find((name) => path.startsWith(`/vendor/${name}/`));
	if (pkg) {
		const root = join(BENCH_DIR, 'node_modules', pkg);
		return inside(root, path.slice(`/vendor/${pkg}/`.length));
	}
	return undefined;
}

// Maps a site URL path to a file of `siteDir`: `/a/` to a/index.html, `/a.js` to a.js.
function resolveSiteFile(siteDir, pathname) {
	let path;
	try {
		path = decodeURIComponent(pathname);
	} catch {
		return undefined;
	}
	const relativePath = path.endsWith('/') ? `${path}index.html` : path;
	return inside(siteDir, relativePath.replace(/^\/+/, ''));
}

function inside(root, relativePath) {
	const file = normalize(join(root, relativePath));
	if (!file.startsWith(root + sep) || !existsSync(file) || !statSync(file).isFile()) {
		return undefined;
	}
	return file;
}
