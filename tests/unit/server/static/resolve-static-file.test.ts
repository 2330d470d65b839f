import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { resolveStaticFile } from '~/server/static/resolve-static-file';

let parent: string;
let root: string;

beforeAll(async () => {
	parent = await mkdtemp(join(tmpdir(), 'static-'));
	root = join(parent, 'site');
	await mkdir(join(root, 'guide', 'step one'), { recursive: true });
	await writeFile(join(root, 'index.html'), 'home');
	await writeFile(join(root, 'guide', 'step one', 'index.html'), 'step');
	await writeFile(join(parent, 'secret.txt'), 'secret');
	await symlink(join(parent, 'secret.txt'), join(root, 'link.txt'));
});

afterAll(async () => {
	await rm(parent, { recursive: true, force: true });
});

describe('resolveStaticFile', () => {
	it('finds index.html for a path ending in a slash', async () => {
		const found = await resolveStaticFile(root, '/');

		expect(found).toMatchObject({ kind: 'file', path: join(root, 'index.html'), size: 4 });
	});

	it('decodes percent-escapes within one segment', async () => {
		const found = await resolveStaticFile(root, '/guide/step%20one/');

		expect(found).toMatchObject({
			kind: 'file',
			path: join(root, 'guide', 'step one', 'index.html'),
		});
	});

	it('reports a folder named without its slash', async () => {
		expect(await resolveStaticFile(root, '/guide')).toEqual({ kind: 'directory' });
	});

	it.each([
		{ name: 'a dot segment', path: '/guide/../index.html' },
		{ name: 'an encoded dot segment', path: '/guide/%2e%2e/index.html' },
		{ name: 'an encoded slash', path: '/guide%2f..%2findex.html' },
		{ name: 'a doubled slash', path: '//index.html' },
		{ name: 'bad percent-encoding', path: '/%E0%A4%A' },
		{ name: 'a relative path', path: 'index.html' },
		{ name: 'a symbolic link out of the root', path: '/link.txt' },
		{ name: 'a missing file', path: '/missing.html' },
	])('refuses $name', async ({ path }) => {
		expect(await resolveStaticFile(root, path)).toEqual({ kind: 'not-found' });
	});
});
