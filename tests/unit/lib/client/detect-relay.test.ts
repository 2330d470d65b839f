import { describe, expect, it, vi } from 'vitest';

import { detectRelay } from '~/lib/client/detect-relay';

function answering(status: number, headers: Record<string, string>) {
	return vi.fn<typeof fetch>(() => Promise.resolve(new Response('{}', { status, headers })));
}

describe('detectRelay', () => {
	it('finds the relay by its x-relay header, even on a refusal', async () => {
		const fetchFn = answering(405, { 'x-relay': '8x8-guide' });

		expect(await detectRelay('/guide/', fetchFn)).toBe(true);
		expect(fetchFn).toHaveBeenCalledWith('/guide/relay/', { method: 'GET', cache: 'no-store' });
	});

	it('adds the missing slash after the base path', async () => {
		const fetchFn = answering(404, { 'x-relay': '8x8-guide' });
		await detectRelay('/guide', fetchFn);
		expect(fetchFn.mock.calls[0]?.[0]).toBe('/guide/relay/');
	});

	it.each([
		{ name: 'a static host 404', status: 404, headers: {} },
		{ name: 'another x-relay value', status: 200, headers: { 'x-relay': 'other' } },
	])('answers false for $name', async ({ status, headers }) => {
		expect(await detectRelay('/', answering(status, headers))).toBe(false);
	});

	it('answers false instead of rejecting when fetch fails', async () => {
		const fetchFn = vi.fn<typeof fetch>(() => Promise.reject(new TypeError('Failed to fetch')));
		expect(await detectRelay('/', fetchFn)).toBe(false);
	});
});
