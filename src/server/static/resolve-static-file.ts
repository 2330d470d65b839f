// Node only: maps a URL path onto a file of the built site, never outside it.

import { realpath, stat } from 'node:fs/promises';
import { join, sep } from 'node:path';

/** What a URL path names in the built site. */
export type StaticLookup =
	| { kind: 'file'; path: string; size: number; modified: Date }
	| { kind: 'directory' }
	| { kind: 'not-found' };

/**
 * Returns the file a URL path (without query) names under `root`: `index.html` for a path
 * ending in `/`, `directory` for a folder named without the slash, and `not-found` for anything
 * missing or refused. Refused without touching the disk: bad percent-encoding, NUL, backslashes,
 * empty segments (`//`), `.` and `..` segments (also encoded, as `%2e%2e`), encoded slashes and
 * hidden names starting with a dot. A symbolic link that leads out of `root` is refused too.
 * @param root absolute path of the built site, e.g. `/app/dist`.
 */
export async function resolveStaticFile(root: string, pathname: string): Promise<StaticLookup> {
	const segments = decodeSegments(pathname);
	if (segments === undefined) {
		return { kind: 'not-found' };
	}
	const wantsIndex = pathname.endsWith('/');
	const path = join(root, ...segments, wantsIndex ? 'index.html' : '');

	try {
		const realRoot = await realpath(root);
		const real = await realpath(path);
		if (real !== realRoot && !real.startsWith(realRoot + sep)) {
			return { kind: 'not-found' };
		}
		const info = await stat(real);
		if (info.isDirectory()) {
			return wantsIndex ? { kind: 'not-found' } : { kind: 'directory' };
		}
		return info.isFile()
			? { kind: 'file', path: real, size: info.size, modified: info.mtime }
			: { kind: 'not-found' };
	} catch {
		return { kind: 'not-found' };
	}
}

// Returns the decoded path segments, or undefined when any of them is refused.
function decodeSegments(pathname: string): string[] | undefined {
	if (!pathname.startsWith('/')) {
		return undefined;
	}
	const raw = pathname.slice(1).split('/');
	if (pathname.endsWith('/')) {
		raw.pop();
	}
	const decoded: string[] = [];
	for (const segment of raw) {
		const name = decodeOrUndefined(segment);
		if (name === undefined || name === '' || name.startsWith('.') || /[/\\\0]/.test(name)) {
			return undefined;
		}
		decoded.push(name);
	}
	return decoded;
}

function decodeOrUndefined(segment: string): string | undefined {
	try {
		return decodeURIComponent(segment);
	} catch {
		return undefined;
	}
}
