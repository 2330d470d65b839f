// Ships to the browser: keep it free of secrets and heavy imports.

import { formatCodeJson } from './format-code-json';
import { formatSnippetKey } from './format-snippet-key';
import type { SnippetOptions, SnippetRequest } from './snippet-request';

// Hand-written rather than @scalar/snippetz 0.10.11 (python/requests): it turns JSON into
// Python by replacing `: true,`, `: false,` and `: null,` anywhere in the text, so the message
// "Backup ok: false, retry" is sent as "Backup ok: False, retry"; it also leaves out
// `import requests`.

/**
 * Returns a Python 3 script that sends the request with the `requests` library, passing the
 * body as a dict to `json=` and printing the status and the answer. Strings are written by
 * `formatCodeJson`, which Python reads as the same text for any character, emoji included;
 * `true`, `false` and `null` become `True`, `False` and `None`. The key is masked unless
 * `revealKey` is true.
 * @throws TypeError when the body cannot be serialised (a cycle or a BigInt).
 */
export function buildPythonRequests(request: SnippetRequest, options: SnippetOptions = {}): string {
	const key = formatSnippetKey(request.apiKey, options);

	return [
		'import requests',
		'',
		`response = requests.${request.method.toLowerCase()}(`,
		`    ${formatCodeJson(request.url)},`,
		'    headers={',
		`        "Authorization": ${formatCodeJson(`Bearer ${key}`)},`,
		'        "Content-Type": "application/json",',
		'    },',
		`    json=${formatBody(request.body)},`,
		'    timeout=30,',
		')',
		'print(response.status_code, response.text)',
	].join('\n');
}

// One member a line for the top-level dict; nested values stay on one line.
function formatBody(body: unknown): string {
	if (typeof body !== 'object' || body === null || Array.isArray(body)) {
		return formatPython(body);
	}
	const members = Object.entries(body)
		.filter(([, value]) => value !== undefined)
		.map(([name, value]) => `        ${formatCodeJson(name)}: ${formatPython(value)},`);
	return members.length === 0 ? '{}' : `{\n${members.join('\n')}\n    }`;
}

// Walks the value as JSON.stringify would, so toJSON() and dropped undefined members match
// what a JSON body of the same value holds.
function formatPython(value: unknown): string {
	const json: unknown = JSON.parse(JSON.stringify(value) ?? 'null');
	return writePython(json);
}

function writePython(value: unknown): string {
	if (value === null) {
		return 'None';
	}
	if (typeof value === 'boolean') {
		return value ? 'True' : 'False';
	}
	if (Array.isArray(value)) {
		return `[${value.map(writePython).join(', ')}]`;
	}
	if (typeof value === 'object') {
		const members = Object.entries(value).map(
			([name, member]) => `${formatCodeJson(name)}: ${writePython(member)}`,
		);
		return `{${members.join(', ')}}`;
	}
	return formatCodeJson(value);
}
