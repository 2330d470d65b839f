// Node only: the relay's caps and where it sends, with the defaults `npm start` uses.

/** Size and time caps of the relay. */
export interface RelayLimits {
	/** Largest request body forwarded, in bytes. @default 65_536 */
	bodyBytes: number;
	/** Time for a request body to arrive, in milliseconds. @default 10_000 */
	bodyMs: number;
	/** Time for 8x8 to answer in full, in milliseconds. @default 15_000 */
	upstreamMs: number;
	/** Largest answer accepted from 8x8, in bytes. @default 1_048_576 */
	responseBytes: number;
}

/** How many sends one client (IP address) may make per window. */
export interface RelayRateLimit {
	/** @default 10 */
	limit: number;
	/** @default 60_000 */
	windowMs: number;
}

/** Options of `createRelay`. */
export interface RelayOptions {
	/**
	 * A checked loopback origin (see `checkUpstreamBase`) that receives every region's requests
	 * in place of 8x8, for tests and practice. @default undefined: 8x8's four hosts.
	 */
	upstreamBase?: string;
	limits?: Partial<RelayLimits>;
	rateLimit?: Partial<RelayRateLimit>;
}

/** The caps `npm start` runs with. */
export const DEFAULT_RELAY_LIMITS: Readonly<RelayLimits> = {
	bodyBytes: 64 * 1024,
	bodyMs: 10_000,
	upstreamMs: 15_000,
	responseBytes: 1024 * 1024,
};

/** Ten live sends per client per minute: enough to practise, too few for a runaway loop. */
export const DEFAULT_RELAY_RATE_LIMIT: Readonly<RelayRateLimit> = { limit: 10, windowMs: 60_000 };
