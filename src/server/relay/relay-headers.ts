// Node only: the headers every relay answer carries.

/**
 * Headers on every relay answer, 8x8's or the relay's own: `x-relay` marks that the answer came
 * through the relay, and nothing is cached or sniffed.
 */
export const RELAY_HEADERS: Readonly<Record<string, string>> = {
	'x-relay': '8x8-guide',
	'cache-control': 'no-store',
	'x-content-type-options': 'nosniff',
};
