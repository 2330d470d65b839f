import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';

import { buildPythonRequests } from '~/lib/snippets/build-python-requests';
import { startFakeSmsServer, type FakeSmsServer } from '~/server/fake-sms-server';

import { expectSentExactly } from './support/expect-sent';
import { HARD_TEXTS, snippetRequest } from './support/hard-texts';
import { canRun, runProgram } from './support/run-program';

const hasRequests = canRun('python3', ['-c', 'import requests']);

let server: FakeSmsServer;

beforeAll(async () => {
	server = await startFakeSmsServer();
});
afterAll(() => server.close());
beforeEach(() => server.reset());

describe('Python snippet run by python3 (skipped without python3 and requests)', () => {
	it.skipIf(!hasRequests).each(HARD_TEXTS)(
		'delivers the $name text and both headers unchanged',
		async ({ text }) => {
			const snippet = buildPythonRequests(snippetRequest(server.url, text), { revealKey: true });
			const result = await runProgram('python3', [], 'send_sms.py', snippet);

			expect(result.code, result.stderr).toBe(0);
			expectSentExactly(server.requests, text);
		},
		20_000,
	);
});
