import { spawnSync } from 'node:child_process';

import { describe, expect, it } from 'vitest';

import { quoteForShell } from '~/lib/snippets/quote-for-shell';

describe('quoteForShell', () => {
	it.each([
		{ value: 'plain', quoted: `'plain'` },
		{ value: `Don't`, quoted: `'Don'\\''t'` },
		{ value: '', quoted: `''` },
		{ value: `''`, quoted: `''\\'''\\'''` },
	])('quotes $value as $quoted', ({ value, quoted }) => {
		expect(quoteForShell(value)).toBe(quoted);
	});

	it.skipIf(spawnSync('bash', ['-c', 'exit 0']).status !== 0)(
		'gives bash back the same characters (skipped without bash)',
		() => {
			const value = `$HOME \`id\` $(id) !! \\ ' " \n\t 🔥 ‘’`;
			const result = spawnSync('bash', ['-c', `printf '%s' ${quoteForShell(value)}`], {
				encoding: 'utf8',
			});

			expect(result.stdout).toBe(value);
		},
	);
});
