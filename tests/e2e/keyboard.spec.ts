import { expect, test } from '@playwright/test';

import { EXAMPLE } from './support/example-values';
import { tabTo } from './support/keyboard';

test.describe('keyboard use of step 5', () => {
	test('sends a test SMS with the keyboard alone', async ({ page }) => {
		await page.goto('/guide/5-test-sms/');
		const send = page.getByRole('button', { name: 'Send test SMS' });
		const result = page.getByRole('region', { name: 'Test send result' });

		// The reader skips the navigation with the skip link.
		await page.keyboard.press('Tab');
		await expect(page.getByRole('link', { name: 'Skip to content' })).toBeFocused();
		await page.keyboard.press('Enter');

		// They tab to the API key, type it, and reveal it with Space.
		await tabTo(page, page.getByLabel('API key', { exact: true }));
		await page.keyboard.type(EXAMPLE.apiKey);
		await tabTo(page, page.getByLabel('Show key', { exact: true }));
		await page.keyboard.press('Space');
		await expect(page.getByLabel('Show key', { exact: true })).toBeChecked();
		await expect(page.getByLabel('Header lines', { exact: true })).toContainText(
			`Authorization: Bearer ${EXAMPLE.apiKey}`,
		);

		// They tab on to the subaccount, type it and press Enter out of habit.
		await tabTo(page, page.getByLabel('Subaccount ID', { exact: true }));
		await page.keyboard.type(EXAMPLE.subAccountId);
		await page.keyboard.press('Enter');

		// They tab on to the destination and the text, typing each.
		await tabTo(page, page.getByLabel('Destination', { exact: true }));
		await page.keyboard.type(EXAMPLE.destination);
		await tabTo(page, page.getByLabel('Message text', { exact: true }));
		await page.keyboard.type('Sent from the keyboard');

		// They tab to Send and press Enter.
		await tabTo(page, send);
		await page.keyboard.press('Enter');

		await expect(result).toHaveAttribute('aria-live', 'polite');
		await expect(result).toContainText('Accepted for delivery');
		await expect(send).toBeFocused();
		// Enter in the fields submitted nothing: the page and its address stayed as they were.
		await expect(page).toHaveURL(/\/guide\/5-test-sms\/#_top$/);
		expect(page.url()).not.toContain(EXAMPLE.apiKey);
	});

	test('sends anyway with Space and keeps focus on the Send button', async ({ page }) => {
		await page.goto('/guide/5-test-sms/');
		const send = page.getByRole('button', { name: 'Send test SMS' });
		const result = page.getByRole('region', { name: 'Test send result' });

		// The reader tabs to Send with nothing filled in and presses Space.
		await tabTo(page, send);
		await page.keyboard.press('Space');

		await expect(result).toContainText('Not sent: the checks found problems.');

		// They tab into the result to "Send anyway" and press Enter.
		await tabTo(page, page.getByRole('button', { name: 'Send anyway to see how 8x8 answers' }));
		await page.keyboard.press('Enter');

		await expect(result).toContainText('(401)');
		await expect(send).toBeFocused();
	});
});
