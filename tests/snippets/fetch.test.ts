import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';

import { buildFetch } from '~/lib/snippets/build-fetch';
import { startFakeSmsServer, type FakeSmsServer } from '~/server/fake-sms-server';

import { expectSentExactly } from './support/expect-sent';
import { HARD_TEXTS, snippetRequest } from './support/hard-texts';
import { runProgram } from './support/run-program';

let server: FakeSmsServer;

beforeAll(async () => {
	server = await startFakeSmsServer();
});
afterAll(() => server.close());
beforeEach(() => server.reset());

// The Node.js running the tests stands in for the reader's: the snippet needs Node.js 18+.
describe('fetch snippet run by Node.js as an ES module', () => {
	it.each(HARD_TEXTS)(
		'delivers the $name text and both headers unchanged',
		async ({ text }) => {
			const snippet = buildFetch(snippetRequest(server.url, text), { revealKey: true });
			const result = await runProgram(process.execPath, [], 'send-sms.mjs', snippet);

			expect(result.code, result.stderr).toBe(0);
			expect(result.stdout).toMatch(/^200 \{.*"QUEUED"/);
			expectSentExactly(server.requests, text);
		},
		20_000,
	);
});
