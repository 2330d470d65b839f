// Ships to the browser: keep it free of secrets and heavy imports.

/** One HTTP header as the reader types it into Workato: a name and a value. */
export interface AuthHeader {
	name: string;
	value: string;
}

/**
 * The media type the guide teaches. Lowercase on purpose: media types are case-insensitive by the
 * HTTP rules, but strict servers compare the text exactly, and lowercase is the registered form.
 */
export const JSON_MEDIA_TYPE = 'application/json';

/**
 * Returns the two headers every 8x8 SMS request needs, in the order Workato shows them:
 * `Authorization: Bearer <key>` (exactly one space after `Bearer`) and
 * `Content-Type: application/json`. The key is used as given, so pass a key that
 * `cleanApiKey` accepted, or a masked one for display.
 */
export function buildAuthHeaders(key: string): AuthHeader[] {
	return [
		{ name: 'Authorization', value: `Bearer ${key}` },
		{ name: 'Content-Type', value: JSON_MEDIA_TYPE },
	];
}

/** Returns the headers as `Name: value` lines joined by `\n`, with no trailing line break. */
export function formatHeaderLines(headers: readonly AuthHeader[]): string {
	return headers.map(({ name, value }) => `${name}: ${value}`).join('\n');
}

/** Returns the two headers as a `{ name: value }` record, the shape `fetch` takes. */
export function buildAuthHeaderRecord(key: string): Record<string, string> {
	return Object.fromEntries(buildAuthHeaders(key).map(({ name, value }) => [name, value]));
}
