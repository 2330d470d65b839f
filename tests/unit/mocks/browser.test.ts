import { beforeEach, describe, expect, it, vi } from 'vitest';

const { start, setupWorker } = vi.hoisted(() => {
	const start = vi.fn<(options: unknown) => Promise<undefined>>();
	return { start, setupWorker: vi.fn(() => ({ start })) };
});
vi.mock('msw/browser', () => ({ setupWorker }));

beforeEach(() => {
	vi.resetModules();
	start.mockReset();
	setupWorker.mockClear();
});

async function load() {
	const module = await import('~/mocks/browser');
	return module.startMockWorker;
}

describe('startMockWorker', () => {
	it('starts the worker from the base path, quietly, letting other requests through', async () => {
		start.mockResolvedValue(undefined);
		const startMockWorker = await load();
		await startMockWorker('/docs');
		expect(start).toHaveBeenCalledWith({
			serviceWorker: { url: '/docs/mockServiceWorker.js' },
			onUnhandledRequest: 'bypass',
			quiet: true,
		});
	});

	it('resolves only after the worker has started', async () => {
		let finish = () => {};
		start.mockReturnValue(new Promise((resolve) => (finish = () => resolve(undefined))));
		const startMockWorker = await load();
		let resolved = false;
		const starting = startMockWorker('/').then(() => (resolved = true));
		await Promise.resolve();
		expect(resolved).toBe(false);
		finish();
		await starting;
		expect(resolved).toBe(true);
	});

	it('reuses the running worker on a second call', async () => {
		start.mockResolvedValue(undefined);
		const startMockWorker = await load();
		await Promise.all([startMockWorker('/'), startMockWorker('/')]);
		await startMockWorker('/');
		expect(setupWorker).toHaveBeenCalledTimes(1);
		expect(start).toHaveBeenCalledTimes(1);
	});

	it('tries again after a failed start', async () => {
		start.mockRejectedValueOnce(new Error('Script not found')).mockResolvedValue(undefined);
		const startMockWorker = await load();
		await expect(startMockWorker('/')).rejects.toThrow('Script not found');
		await startMockWorker('/');
		expect(start).toHaveBeenCalledTimes(2);
	});
});
