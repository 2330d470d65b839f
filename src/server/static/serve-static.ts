// Node only: answers GET and HEAD with the files of the built site.

import { createReadStream } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';

import { contentTypeOf } from './content-type-of';
import { resolveStaticFile } from './resolve-static-file';

/** Where the built site is and the URL path it lives under. */
export interface StaticSite {
	/** Absolute path of the build output, e.g. `/app/dist`. */
	root: string;
	/** The site's base path, starting and ending with `/`. */
	base: string;
}

const COMMON = { 'x-content-type-options': 'nosniff', 'referrer-policy': 'same-origin' };

/**
 * Answers a GET or HEAD for `target` (the request target after the base path, query included)
 * with the file it names, with its content type and length. A folder named without its slash
 * is redirected (301) to the slashed path; anything missing gets the site's `404.html` with
 * status 404. Other methods get 405. Hashed assets under `/_astro/` may be cached for a year;
 * everything else is revalidated on each visit.
 */
export async function serveStatic(
	request: IncomingMessage,
	response: ServerResponse,
	site: StaticSite,
	target: string,
): Promise<void> {
	if (request.method !== 'GET' && request.method !== 'HEAD') {
		sendText(response, 405, 'Only GET and HEAD are served here.\n', { allow: 'GET, HEAD' });
		return;
	}
	const [pathname = '/', query] = target.split('?', 2);
	const found = await resolveStaticFile(site.root, pathname);

	if (found.kind === 'directory') {
		const location = `${site.base}${pathname.slice(1)}/${query === undefined ? '' : `?${query}`}`;
		sendText(response, 301, `Moved to ${location}\n`, { location });
		return;
	}
	const file = found.kind === 'file' ? found : await resolveStaticFile(site.root, '/404.html');
	const status = found.kind === 'file' ? 200 : 404;
	if (file.kind !== 'file') {
		sendText(response, 404, 'Not found.\n');
		return;
	}

	const immutable = status === 200 && pathname.startsWith('/_astro/');
	response.writeHead(status, {
		...COMMON,
		'content-type': contentTypeOf(file.path),
		'content-length': String(file.size),
		'last-modified': file.modified.toUTCString(),
		'cache-control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
	});
	if (request.method === 'HEAD') {
		response.end();
		return;
	}
	createReadStream(file.path)
		.on('error', () => response.destroy())
		.pipe(response);
}

function sendText(
	response: ServerResponse,
	status: number,
	text: string,
	headers: Record<string, string> = {},
): void {
	response.writeHead(status, {
		...COMMON,
		...headers,
		'content-type': 'text/plain; charset=utf-8',
		'content-length': String(Buffer.byteLength(text)),
	});
	response.end(text);
}
