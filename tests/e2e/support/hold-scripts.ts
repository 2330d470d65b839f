import type { Page } from '@playwright/test';

/**
 * Holds back the page's bundled scripts until the returned function is called, so a test can
 * type into the server-rendered form before any widget has started, as a reader on a slow
 * connection can. The page's HTML is not held.
 */
export async function holdPageScripts(page: Page): Promise<() => void> {
	let release = (): void => {};
	const released = new Promise<void>((resolve) => {
		release = resolve;
	});
	await page.route('**/_astro/*.js', async (route) => {
		await released;
		await route.continue();
	});
	return release;
}
