// Pure and DOM-free: a per-client sliding-window counter with bounded memory.

/** Settings of {@link createRateLimiter}. */
export interface RateLimitOptions {
	/** Sends allowed per client within one window. */
	limit: number;
	/** Window length in milliseconds. */
	windowMs: number;
	/** Most clients tracked at once; beyond it new clients wait. @default 10_000 */
	maxClients?: number;
	/** Clock in milliseconds. @default Date.now */
	now?: () => number;
}

/** The verdict for one send. */
export type RateDecision = { ok: true } | { ok: false; retryAfterSeconds: number };

/** Counts sends per client key. */
export interface RateLimiter {
	/** Counts one send for `client` if it is under the limit, and says whether it may go. */
	take(client: string): RateDecision;
	/** Number of clients with sends inside the window (for memory checks). */
	size(): number;
}

/**
 * Returns a limiter that allows each client `limit` sends in any `windowMs` window (a sliding
 * window: the times of the last `limit` sends are kept). A refused send is not counted. Memory
 * stays bounded: clients whose window has passed are dropped, and when `maxClients` are being
 * tracked, unknown clients are refused until one expires.
 */
export function createRateLimiter(options: RateLimitOptions): RateLimiter {
	const { limit, windowMs, maxClients = 10_000, now = Date.now } = options;
	const sends = new Map<string, number[]>();
	let prunedAt = now();
	const prune = (at: number) => {
		prunedAt = at;
		for (const [client, times] of sends) {
			if ((times.at(-1) ?? 0) <= at - windowMs) {
				sends.delete(client);
			}
		}
	};
	const waitSeconds = (from: number, at: number) =>
		Math.max(1, Math.ceil((from + windowMs - at) / 1000));

	return {
		take(client) {
			const at = now();
			if (at - prunedAt >= windowMs) {
				prune(at);
			}
			const known = sends.get(client);
			if (!known && sends.size >= maxClients) {
				prune(at);
				if (sends.size >= maxClients) {
					return { ok: false, retryAfterSeconds: waitSeconds(at, at) };
				}
			}

			const times = (known ?? []).filter((time) => time > at - windowMs);
			if (times.length >= limit) {
				return { ok: false, retryAfterSeconds: waitSeconds(times[0] ?? at, at) };
			}
			times.push(at);
			sends.set(client, times);
			return { ok: true };
		},
		size() {
			prune(now());
			return sends.size;
		},
	};
}
