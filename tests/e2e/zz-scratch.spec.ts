import { test } from '@playwright/test';

test('scratch key', async ({ page }) => {
	await page.goto('/guide/3-connection/');
	const key = page.getByLabel('API key', { exact: true });
	for (const v of ['Bearer AbCdEf123GhIjKl456MnOpQr789\n', '"  AbCdEf123GhIjKl456MnOpQr789\n"', '  AbCdEf123GhIjKl456MnOpQr789\n', 'AbCdEf123 GhIjKl456', 'AbCdEf\u200B123GhIjKl456MnOpQr789']) {
		await key.fill(v);
		console.log(JSON.stringify(v), '=>', JSON.stringify(await key.inputValue()));
		console.log(await page.locator('sms-key-headers').innerText());
		console.log('------');
	}
	console.log(page.url());
});
