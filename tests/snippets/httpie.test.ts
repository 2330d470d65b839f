import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';

import { buildHttpie } from '~/lib/snippets/build-httpie';
import { startFakeSmsServer, type FakeSmsServer } from '~/server/fake-sms-server';

import { expectSentExactly } from './support/expect-sent';
import { HARD_TEXTS, snippetRequest } from './support/hard-texts';
import { canRun, runProgram } from './support/run-program';

const hasHttpie = canRun('http', ['--version']);

const SHELLS = [
	{ shell: 'bash', args: ['--norc', '--noprofile'] },
	{ shell: 'zsh', args: ['-f'] },
].map((entry) => ({ ...entry, ready: hasHttpie && canRun(entry.shell, ['-c', 'exit 0']) }));

let server: FakeSmsServer;

beforeAll(async () => {
	server = await startFakeSmsServer();
});
afterAll(() => server.close());
beforeEach(() => server.reset());

describe.each(SHELLS)(
	'HTTPie snippet run by $shell (skipped when $shell or HTTPie is not installed)',
	({ shell, args, ready }) => {
		it.skipIf(!ready).each(HARD_TEXTS)(
			'delivers the $name text and both headers unchanged',
			async ({ text }) => {
				const snippet = buildHttpie(snippetRequest(server.url, text), { revealKey: true });
				const result = await runProgram(shell, [...args], 'send-sms.sh', snippet);

				expect(result.code, result.stderr).toBe(0);
				expectSentExactly(server.requests, text);
			},
			20_000,
		);
	},
);
