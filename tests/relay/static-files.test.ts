// The static half of the site server: files, folders, 404 page, and no way out of the root.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { send, sendRaw } from './support/http-helpers';
import { startRig, type Rig } from './support/start-rig';

let rig: Rig;

beforeAll(async () => {
	rig = await startRig();
});

afterAll(async () => {
	await rig.close();
});

function get(path: string) {
	return send(rig, { method: 'GET', path, body: '', headers: { 'content-type': null } });
}

describe('static files', () => {
	it('serves index.html for the root with an HTML content type', async () => {
		const answer = await get('/');

		expect(answer.status).toBe(200);
		expect(answer.headers['content-type']).toBe('text/html; charset=utf-8');
		expect(answer.body).toContain('<title>Home</title>');
	});

	it('serves a folder index and redirects the slash-less path to it', async () => {
		const redirect = await get('/guide?x=1');
		const page = await get('/guide/');

		expect([redirect.status, redirect.headers['location']]).toEqual([301, '/guide/?x=1']);
		expect(page.body).toContain('<title>Guide</title>');
	});

	it('answers a missing page with the 404 page and status 404', async () => {
		const answer = await get('/no-such-page/');

		expect(answer.status).toBe(404);
		expect(answer.body).toContain('<title>Not found</title>');
	});

	it.each([
		{ name: 'dot segments', path: '/../secret.txt' },
		{ name: 'encoded dot segments', path: '/%2e%2e/secret.txt' },
		{ name: 'an encoded slash', path: '/guide/..%2f..%2fsecret.txt' },
		{ name: 'double encoding', path: '/%252e%252e/secret.txt' },
		{ name: 'a backslash', path: '/..%5csecret.txt' },
		{ name: 'a NUL byte', path: '/index.html%00.txt' },
		{ name: 'a hidden file', path: '/.env' },
	])('never serves a file outside the site through $name', async ({ path }) => {
		const exchange = await sendRaw(rig.port, [
			`GET ${path} HTTP/1.1\r\nHost: ${rig.host}\r\nConnection: close\r\n\r\n`,
		]);

		expect(exchange.status).toBe(404);
		expect(exchange.text).not.toContain(rig.secret);
		expect(exchange.text).not.toContain('KEY=hidden');
	});

	it('refuses other methods with 405', async () => {
		const answer = await send(rig, { method: 'POST', path: '/', body: 'x' });

		expect([answer.status, answer.headers['allow']]).toEqual([405, 'GET, HEAD']);
	});
});
