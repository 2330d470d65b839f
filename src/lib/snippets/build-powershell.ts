// Ships to the browser: keep it free of secrets and heavy imports.

import { formatSnippetKey } from './format-snippet-key';
import type { SnippetOptions, SnippetRequest } from './snippet-request';

// Hand-written rather than @scalar/snippetz 0.10.11 (powershell/restmethod): its quoting is
// right, smart quotes included, but it costs 3.3 KB gzip for one target and always writes the
// body through a MemoryStream, nine lines where one splatted call does.

/**
 * Returns a PowerShell script that sends the request with `Invoke-RestMethod`, its
 * parameters splatted from a hashtable. Every value is a single-quoted string, so `$`, backticks
 * and double quotes stay literal. The body is compact JSON with every non-ASCII character
 * written as a `\uXXXX` escape, so the script is plain ASCII and the text survives whatever
 * encoding the PowerShell version gives a string body (Windows PowerShell 5.1 uses
 * ISO-8859-1). The key is masked unless `revealKey` is true.
 * @throws TypeError when the body cannot be serialised (a cycle or a BigInt).
 */
export function buildPowerShell(request: SnippetRequest, options: SnippetOptions = {}): string {
	const key = formatSnippetKey(request.apiKey, options);
	const body = JSON.stringify(request.body).replace(/[\u007f-\uffff]/g, escapeUnicode);

	return [
		'$request = @{',
		`    Method = ${quoteForPowerShell(request.method)}`,
		`    Uri = ${quoteForPowerShell(request.url)}`,
		`    Headers = @{ Authorization = ${quoteForPowerShell(`Bearer ${key}`)} }`,
		`    ContentType = 'application/json'`,
		`    Body = ${quoteForPowerShell(body)}`,
		'}',
		'Invoke-RestMethod @request',
	].join('\n');
}

const escapeUnicode = (char: string): string =>
	`\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`;

// PowerShell ends a single-quoted string at ' and at the typographic ‘ ’ ‚ ‛ as well; doubling
// each one keeps it literal.
const quoteForPowerShell = (value: string): string =>
	`'${value.replace(/['\u2018-\u201b]/g, '$&$&')}'`;
