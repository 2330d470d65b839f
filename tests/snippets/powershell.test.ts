import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';

import { buildPowerShell } from '~/lib/snippets/build-powershell';
import { startFakeSmsServer, type FakeSmsServer } from '~/server/fake-sms-server';

import { expectSentExactly } from './support/expect-sent';
import { HARD_TEXTS, snippetRequest } from './support/hard-texts';
import { canRun, runProgram } from './support/run-program';

const PWSH_ARGS = ['-NoLogo', '-NoProfile', '-NonInteractive', '-File'];
const hasPwsh = canRun('pwsh', ['-NoLogo', '-NoProfile', '-Command', 'exit 0']);

let server: FakeSmsServer;

beforeAll(async () => {
	server = await startFakeSmsServer();
});
afterAll(() => server.close());
beforeEach(() => server.reset());

describe('PowerShell snippet run by pwsh (skipped when pwsh is not installed)', () => {
	it.skipIf(!hasPwsh).each(HARD_TEXTS)(
		'delivers the $name text and both headers unchanged',
		async ({ text }) => {
			const snippet = buildPowerShell(snippetRequest(server.url, text), { revealKey: true });
			const result = await runProgram('pwsh', PWSH_ARGS, 'send-sms.ps1', snippet);

			expect(result.code, result.stderr).toBe(0);
			expectSentExactly(server.requests, text);
		},
		20_000,
	);
});
