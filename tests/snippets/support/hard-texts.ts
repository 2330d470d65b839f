import type { SnippetRequest } from '~/lib/snippets/snippet-request';

/** The revealed key every executed snippet carries. */
export const KEY = 'AbCdEf123GhIjKl456MnOpQr789';

export const DESTINATION = '+6591234567';

export const MESSAGES_PATH = '/api/v1/subaccounts/acme_hq/messages';

/**
 * Message texts that break hand-made quoting in at least one of the snippet languages: shell
 * expansion, PowerShell's typographic quotes, JavaScript's line separators, Python's escapes,
 * `{{ }}` variables of Postman and `.http` files.
 */
export const HARD_TEXTS = [
	{ name: 'case 18', text: `Don't reply! Order "A&B"` },
	{ name: 'apostrophes and quotes', text: `It's "done" and 'quoted' ''' """` },
	{ name: 'dollar expansions', text: 'Pay $5 to $HOME ${USER} $(id) $((1+2)) $env:PATH' },
	{ name: 'history marks', text: 'Now!! again !$ and !-1 !' },
	{ name: 'backticks', text: 'Run `id` and `echo hi` then `n`t' },
	{ name: 'backslashes', text: `C:\\temp\\new \\' \\" \\\\ \\u0041 \\N{DASH} \\x41 %s %%` },
	{ name: 'line feeds', text: 'Line one\nLine two\n' },
	{ name: 'CR LF and TAB', text: 'Hi team,\r\nServer db-01 is down.\r\n\tCheck now' },
	{ name: 'emoji', text: 'Deploy done 🔥👍🏽 €5' },
	{ name: 'line separators', text: 'One\u2028two\u2029three\u0085four' },
	{ name: 'typographic quotes', text: '“Hello” ‘world’ ‚low‛ „low double” don’t' },
	{ name: 'template braces', text: 'Hi {{name}} and {{{x}}} or {{' },
	{ name: 'control characters', text: 'bell\u0007 nul\u0000 del\u007f vt\u000b ff\u000c' },
	{ name: 'globs and operators', text: '*.txt ~ ? [a] {1,2} ; & | < > # @file -- -x' },
];

/** The request a snippet is built from, aimed at `baseUrl` (a loopback test server). */
export function snippetRequest(baseUrl: string, text: string): SnippetRequest {
	return {
		method: 'POST',
		url: `${baseUrl}${MESSAGES_PATH}`,
		apiKey: KEY,
		body: { destination: DESTINATION, text },
	};
}
