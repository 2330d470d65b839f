// A tiny static server for the peer pages: loopback only, no compression (as `astro preview`),
// and only the files the pages need. Peer bundles are read from bench/node_modules.
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';

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
};

/** Starts the server on a free port of 127.0.0.1; resolves with `{ origin, close }`. */
export function startStaticServer() {
	const server = createServer((request, response) => {
		const file = resolveFile(new URL(request.url, 'http://x').pathname);
		if (!file) {
			response.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
			return;
		}
		const type = CONTENT_TYPES[extname(file)] ?? 'application/octet-stream';
		response.writeHead(200, { 'content-type': type, 'cache-control': 'no-store' });
		createReadStream(file).pipe(response);
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

function inside(root, relativePath) {
	const file = normalize(join(root, relativePath));
	if (!file.startsWith(root + sep) || !existsSync(file) || !statSync(file).isFile()) {
		return undefined;
	}
	return file;
}
