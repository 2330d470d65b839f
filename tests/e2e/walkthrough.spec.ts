import { expect, test } from '@playwright/test';

test.describe('guide walkthrough', () => {
	test('walks the steps and sends a mocked SMS that is queued', async ({ page }) => {
		// The newcomer starts on the overview and follows the "next" links.
		await page.goto('/');
		await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
		await page.getByRole('link', { name: 'Start with step 1' }).click();
		await expect(page).toHaveURL(/\/guide\/1-api-key\/$/);

		for (const step of ['2-trigger', '3-connection']) {
			await page.getByRole('link', { name: /^Next/ }).click();
			await expect(page).toHaveURL(new RegExp(`/guide/${step}/$`));
		}

		// On step 3 they paste their key and subaccount, and keep the key for this tab.
		await page.getByLabel('API key', { exact: true }).fill('AbCdEf123GhIjKl456MnOpQr789');
		await page.getByLabel('Subaccount ID', { exact: true }).fill('acme_hq');
		await page.getByLabel('Keep the key for this tab', { exact: true }).check();
		await expect(page.getByLabel('Header lines', { exact: true })).toHaveText(
			'Authorization: Bearer AbCd…r789\nContent-Type: application/json',
		);

		// On step 4 they fill the request.
		await page.getByRole('link', { name: /^Next/ }).click();
		await expect(page).toHaveURL(/\/guide\/4-action\/$/);
		await page.getByLabel('Destination', { exact: true }).fill('+6591234567');
		await page
			.getByLabel('Message text', { exact: true })
			.fill('New mail: Order "ABC-123" shipped');
		await expect(page.getByLabel('JSON body', { exact: true })).toContainText(
			'"destination": "+6591234567"',
		);

		// On step 5 the values are still there; they send in mock mode.
		await page.getByRole('link', { name: /^Next/ }).click();
		await expect(page).toHaveURL(/\/guide\/5-test-sms\/$/);
		await expect(page.getByLabel('Subaccount ID', { exact: true })).toHaveValue('acme_hq');
		await expect(page.getByLabel('Destination', { exact: true })).toHaveValue('+6591234567');
		await expect(page.getByRole('radio', { name: 'Mock' })).toBeChecked();
		await page.getByRole('button', { name: 'Send test SMS' }).click();
		const result = page.getByRole('region', { name: 'Test send result' });
		await expect(result).toContainText('Accepted for delivery');
		await expect(result).toContainText('"code": "QUEUED"');
		await expect(result).toContainText('mock');
	});
});
