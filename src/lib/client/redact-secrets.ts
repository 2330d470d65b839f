// Ships to the browser: keeps API keys out of anything a widget shows or logs.

// Loose on purpose: a misspelt or padded name ("Authorisation", " Authorization") still hides.
const SECRET_NAME = /auth|cookie|key|token|secret|pass/i;
const SCHEME = /^(bearer|basic) +/i;
const REDACTED = '[redacted]';
// Shorter tokens would scrub ordinary words out of a body; real API keys are far longer.
const MIN_SCRUB_LENGTH = 8;

/**
 * Returns a copy of `headers` with secret values replaced by `[redacted]`: any name containing
 * auth, cookie, key, token, secret or pass. A leading `Bearer` or `Basic` scheme is
 * kept, so a reader can still see whether the scheme was sent.
 */
export function redactHeaders(headers: Record<string, string>): Record<string, string> {
	return Object.fromEntries(
		Object.entries(headers).map(([name, value]) => {
			if (!SECRET_NAME.test(name)) {
				return [name, value];
			}
			const scheme = SCHEME.exec(value.trim())?.[1];
			return [name, scheme ? `${scheme} ${REDACTED}` : REDACTED];
		}),
	);
}

/**
 * Returns `text` with every secret header value of `headers` (with and without its scheme)
 * replaced by `[redacted]`, for bodies that might echo the request, such as a debugging proxy.
 */
export function scrubSecrets(text: string, headers: Record<string, string>): string {
	const secrets = Object.entries(headers)
		.filter(([name]) => SECRET_NAME.test(name))
		.map(([, value]) => [value.trim(), value.trim().replace(SCHEME, '')] as const)
		.filter(([, token]) => token.length >= MIN_SCRUB_LENGTH)
		.flat()
		.sort((a, b) => b.length - a.length);
	return secrets.reduce((scrubbed, secret) => scrubbed.replaceAll(secret, REDACTED), text);
}
