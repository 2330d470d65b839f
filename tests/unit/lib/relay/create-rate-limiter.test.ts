import { describe, expect, it } from 'vitest';

import { createRateLimiter } from '~/lib/relay/create-rate-limiter';

function clock(start = 0) {
	const state = { now: start };
	return { state, now: () => state.now };
}

describe('createRateLimiter', () => {
	it('allows `limit` sends per window and then says how long to wait', () => {
		const time = clock();
		const limiter = createRateLimiter({ limit: 2, windowMs: 60_000, now: time.now });
		limiter.take('a');
		time.state.now = 10_000;
		limiter.take('a');

		expect(limiter.take('a')).toEqual({ ok: false, retryAfterSeconds: 50 });
	});

	it('allows a send again once the oldest one leaves the window', () => {
		const time = clock();
		const limiter = createRateLimiter({ limit: 1, windowMs: 1_000, now: time.now });
		limiter.take('a');
		time.state.now = 1_000;

		expect(limiter.take('a')).toEqual({ ok: true });
	});

	it('counts each client on its own', () => {
		const limiter = createRateLimiter({ limit: 1, windowMs: 1_000, now: () => 0 });
		limiter.take('a');

		expect(limiter.take('b')).toEqual({ ok: true });
	});

	it('forgets clients whose window has passed', () => {
		const time = clock();
		const limiter = createRateLimiter({ limit: 5, windowMs: 1_000, now: time.now });
		['a', 'b', 'c'].forEach((client) => limiter.take(client));
		time.state.now = 1_000;

		expect(limiter.size()).toBe(0);
	});

	it('refuses new clients while maxClients are tracked', () => {
		const time = clock();
		const limiter = createRateLimiter({ limit: 5, windowMs: 1_000, maxClients: 2, now: time.now });
		limiter.take('a');
		limiter.take('b');

		expect(limiter.take('c')).toEqual({ ok: false, retryAfterSeconds: 1 });
		time.state.now = 1_000;
		expect(limiter.take('c')).toEqual({ ok: true });
	});
});
