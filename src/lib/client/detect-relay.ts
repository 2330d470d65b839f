// Ships to the browser: finds out whether the page is served by `npm start`, which has a relay.

/** The header every answer of the local relay carries, and its value. */
export const RELAY_HEADER = { name: 'x-relay', value: '8x8-guide' } as const;

/**
 * Resolves to true when a GET of `{base}relay/` answers with `x-relay: 8x8-guide`, which only
 * the guide's own server sends (its refusal of a GET is enough). Any other answer, a network
 * failure or a rejected `fetchFn` resolves to false. Never rejects.
 */
export async function detectRelay(
	base: string,
	fetchFn: typeof fetch = globalThis.fetch,
): Promise<boolean> {
	const root = base.endsWith('/') ? base : `${base}/`;
	try {
		const response = await fetchFn(`${root}relay/`, { method: 'GET', cache: 'no-store' });
		return response.headers.get(RELAY_HEADER.name) === RELAY_HEADER.value;
	} catch {
		return false;
	}
}
