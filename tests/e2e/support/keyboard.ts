import { expect, type Locator, type Page } from '@playwright/test';

// More Tab presses than any page of the guide has stops, so a field that Tab never reaches
// fails the test instead of looping.
const MOST_TAB_PRESSES = 80;

/**
 * Presses Tab until `target` has focus, as a keyboard user moves forward through the page.
 * Fails when `target` is not reached, which means Tab cannot get there.
 */
export async function tabTo(page: Page, target: Locator): Promise<void> {
	for (let presses = 0; presses < MOST_TAB_PRESSES; presses += 1) {
		if (await target.evaluate((element) => element === document.activeElement)) {
			return;
		}
		await page.keyboard.press('Tab');
	}
	await expect(target, `Tab did not reach it in ${MOST_TAB_PRESSES} presses`).toBeFocused();
}
