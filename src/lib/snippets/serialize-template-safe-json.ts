// Ships to the browser: keep it free of secrets and heavy imports.

/**
 * Returns the body as JSON in which `{{` never occurs, for tools that read `{{name}}` as a
 * variable or a mapped field in typed text (Postman, `.http` files, Make). The second brace of
 * each pair is written as the JSON escape `\u007b`, so a parser still reads the typed text.
 * Structural braces never pair up, so only string contents change.
 * @param pretty indents with two spaces, as `JSON.stringify(body, null, 2)` does.
 * @throws TypeError when the body cannot be serialised (a cycle or a BigInt).
 */
export function serializeTemplateSafeJson(body: unknown, pretty = false): string {
	return JSON.stringify(body, null, pretty ? 2 : undefined).replaceAll('{{', '{\\u007b');
}
