import { spawnSync } from 'node:child_process';

import { describe, expect, it } from 'vitest';

import { buildCurl } from '~/lib/snippets/build-curl';

import { KEY, URL, request } from './support/example-request';

// Stands in for curl: prints every argument it receives, each followed by a NUL byte.
const CURL_STUB = `curl() { printf '%s\\0' "$@"; }`;

const hasShell = (shell: string): boolean => spawnSync(shell, ['-c', 'exit 0']).status === 0;

function runInShell(shell: string, args: string[], command: string, input?: string): string[] {
	const script = `${CURL_STUB}\n${command}\n`;
	const result = spawnSync(shell, input === undefined ? [...args, script] : args, {
		input: input === undefined ? undefined : `${input}\n${script}`,
		encoding: 'utf8',
		timeout: 10_000,
		env: { PATH: process.env['PATH'] ?? '', HOME: '/nonexistent', HISTFILE: '/dev/null', PS1: '' },
	});
	return result.stdout.split('\0').slice(0, -1);
}

const expectedArgs = (text: string): string[] => [
	'-X',
	'POST',
	URL,
	'-H',
	`Authorization: Bearer ${KEY}`,
	'-H',
	'Content-Type: application/json',
	'--data-raw',
	JSON.stringify({ destination: '+6591234567', text }),
];

const HARD_TEXTS = [
	{ name: 'case 18', text: `Don't reply! Order "A&B"` },
	{ name: 'dollar expansions', text: 'Pay $5 to $HOME ${USER} $(id) now' },
	{ name: 'history marks', text: 'Now!! again !$ and !-1' },
	{ name: 'backticks', text: 'Run `id` and `echo hi`' },
	{ name: 'backslashes', text: `C:\\temp\\new and \\' and '\\''` },
	{ name: 'line breaks and tabs', text: 'Hi team,\r\nServer db-01 is down.\n\tCheck now' },
	{ name: 'emoji', text: 'Deploy done 🔥👍🏽 €5' },
	{ name: 'globs and operators', text: '*.txt ~ ? [a] {1,2} % ; & | < > # "' },
];

describe('buildCurl', () => {
	it('prints the case 18 command with the key revealed', () => {
		expect(buildCurl(request(`Don't reply! Order "A&B"`), { revealKey: true })).toBe(
			[
				`curl -X POST '${URL}' \\`,
				`  -H 'Authorization: Bearer ${KEY}' \\`,
				`  -H 'Content-Type: application/json' \\`,
				`  --data-raw '{"destination":"+6591234567","text":"Don'\\''t reply! Order \\"A&B\\""}'`,
			].join('\n'),
		);
	});

	it('masks the key unless revealKey is true', () => {
		const curl = buildCurl(request('Hi'));

		expect(curl).toContain(`-H 'Authorization: Bearer AbCd…r789'`);
		expect(curl).not.toContain(KEY);
	});

	it('shows the placeholder when no key is entered', () => {
		expect(buildCurl(request('Hi', ''), { revealKey: true })).toContain(
			`-H 'Authorization: Bearer <YOUR_API_KEY>'`,
		);
	});

	it('adds --globoff when the URL holds characters curl would glob', () => {
		const curl = buildCurl({ ...request('Hi'), url: 'https://sms.8x8.com/x/{id}/[1]' });

		expect(curl.split('\n')[1]).toBe('  --globoff \\');
		expect(buildCurl(request('Hi'))).not.toContain('--globoff');
	});

	describe.each([
		{ shell: 'bash', args: ['--norc', '--noprofile', '-c'] },
		{ shell: 'zsh', args: ['-f', '-c'] },
		{ shell: 'dash', args: ['-c'] },
	])('run by $shell (skipped when $shell is not installed)', ({ shell, args }) => {
		it.skipIf(!hasShell(shell)).each(HARD_TEXTS)(
			'passes the $name text to curl unchanged',
			({ text }) => {
				const received = runInShell(shell, args, buildCurl(request(text), { revealKey: true }));

				expect(received).toEqual(expectedArgs(text));
				expect(JSON.parse(received.at(-1) ?? '')).toMatchObject({ text });
			},
		);
	});

	it.skipIf(!hasShell('bash'))(
		'keeps ! literal in an interactive bash with history expansion (skipped without bash)',
		() => {
			const text = 'Now!! again !$';
			const command = buildCurl(request(text), { revealKey: true });
			const received = runInShell('bash', ['--norc', '--noprofile', '-i'], command, 'set -H');

			expect(received).toEqual(expectedArgs(text));
		},
	);
});
