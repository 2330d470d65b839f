// Ships to the browser: finds the clientMessageId a send carries, to spot a repeated send.

/**
 * Returns the non-empty `clientMessageId` string of the JSON body `bodyJson`, else `fallback`
 * when it is a non-empty string, else undefined. Bodies that are not a JSON object count as
 * having none. Never throws.
 */
export function readClientMessageId(bodyJson: string, fallback?: unknown): string | undefined {
	const fromBody = parseField(bodyJson);
	if (fromBody !== undefined) {
		return fromBody;
	}
	return typeof fallback === 'string' && fallback.trim() !== '' ? fallback : undefined;
}

function parseField(bodyJson: string): string | undefined {
	try {
		const body: unknown = JSON.parse(bodyJson);
		const isObject = typeof body === 'object' && body !== null && !Array.isArray(body);
		const id = isObject ? (body as Record<string, unknown>)['clientMessageId'] : undefined;
		return typeof id === 'string' && id.trim() !== '' ? id : undefined;
	} catch {
		return undefined;
	}
}
