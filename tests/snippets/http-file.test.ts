import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';

import { buildHttpFile } from '~/lib/snippets/build-http-file';
import { startFakeSmsServer, type FakeSmsServer } from '~/server/fake-sms-server';

import { expectSentExactly } from './support/expect-sent';
import { HARD_TEXTS, snippetRequest } from './support/hard-texts';

interface ParsedRequest {
	method: string;
	url: string;
	headers: [string, string][];
	body: string;
}

// Reads one request as REST Client and JetBrains do: `#` lines before the request line are
// comments, headers run to the first blank line, the rest is the body.
function parseHttpFile(text: string): ParsedRequest {
	const lines = text.split('\n');
	const start = lines.findIndex((line) => line.trim() !== '' && !line.startsWith('#'));
	const [method = '', url = ''] = (lines[start] ?? '').split(' ');
	const blank = lines.indexOf('', start);
	const headers = lines.slice(start + 1, blank).map((line): [string, string] => {
		const colon = line.indexOf(':');
		return [line.slice(0, colon), line.slice(colon + 1).trim()];
	});
	return { method, url, headers, body: lines.slice(blank + 1).join('\n') };
}

let server: FakeSmsServer;

beforeAll(async () => {
	server = await startFakeSmsServer();
});
afterAll(() => server.close());
beforeEach(() => server.reset());

describe('.http file sent as REST Client reads it', () => {
	it.each(HARD_TEXTS)('delivers the $name text and both headers unchanged', async ({ text }) => {
		const parsed = parseHttpFile(
			buildHttpFile(snippetRequest(server.url, text), { revealKey: true }),
		);

		// Both tools would replace {{name}} with a variable before sending.
		expect(parsed.body).not.toContain('{{');
		const response = await fetch(parsed.url, {
			method: parsed.method,
			headers: parsed.headers,
			body: parsed.body,
		});

		expect(response.status).toBe(200);
		expectSentExactly(server.requests, text);
	});
});
