// Ships to the browser: the short notes and copy labels the snippets widget shows per target.
import type { SnippetTargetId } from '~/lib/snippets/snippet-targets';

/** What a "Copy …" button names for a text target, e.g. `Copy Python script`. */
export const copyNames: Partial<Record<SnippetTargetId, string>> = {
	curl: 'curl command',
	json: 'JSON body',
	powershell: 'PowerShell script',
	httpie: 'HTTPie command',
	fetch: 'fetch script',
	python: 'Python script',
	'http-file': '.http file',
	postman: 'Postman collection',
};

/** What to know before running or importing a target's snippet; targets without one need none. */
export const targetHints: Partial<Record<SnippetTargetId, string>> = {
	curl: 'Runs in bash or zsh. It calls 8x8 for real, so running it sends a billed SMS.',
	powershell: 'Paste it into Windows PowerShell 5.1 or PowerShell 7.',
	httpie: 'Needs HTTPie: install it with pip install httpie or your package manager.',
	fetch:
		'Save it as send-sms.mjs and run node send-sms.mjs with Node.js 18 or later. ' +
		'It fails from a browser page: 8x8 sends no CORS headers, so the browser blocks the call.',
	python: 'Install the library first with pip install requests, then run it with Python 3.',
	'http-file':
		'Open it in VS Code with the REST Client extension, or in a JetBrains IDE, ' +
		'and choose Send Request.',
	postman: 'In Postman, choose Import and pick the downloaded file.',
	n8n:
		'n8n can also import the curl command: in the HTTP Request node, choose Import cURL ' +
		'and paste it.',
};

/**
 * Returns the warning a downloadable file needs about its key: a masked key or the placeholder
 * fails once the file is imported. A revealed key needs none (an empty string).
 */
export function describeFileKey(hasKey: boolean, revealKey: boolean): string {
	if (!hasKey) {
		return 'The file holds <YOUR_API_KEY> in place of a key: replace it after importing.';
	}
	if (revealKey) {
		return '';
	}
	return (
		'The key in this file is masked, so it will not work once imported. ' +
		'Tick "Show the API key in snippets" before you copy or download it.'
	);
}
