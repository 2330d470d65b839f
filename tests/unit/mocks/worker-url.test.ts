import { describe, expect, it } from 'vitest';

import { workerUrl } from '~/mocks/worker-url';

describe('workerUrl', () => {
	it.each([
		{ base: '/', url: '/mockServiceWorker.js' },
		{ base: '', url: '/mockServiceWorker.js' },
		{ base: '/docs', url: '/docs/mockServiceWorker.js' },
		{ base: '/docs/', url: '/docs/mockServiceWorker.js' },
	])('places the worker script under the base "$base"', ({ base, url }) => {
		expect(workerUrl(base)).toBe(url);
	});
});
