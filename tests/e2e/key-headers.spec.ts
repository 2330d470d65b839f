import { expect, test, type Locator, type Page } from '@playwright/test';

import { EXAMPLE } from './support/example-values';
import { holdPageScripts } from './support/hold-scripts';

const KEY = EXAMPLE.apiKey;
const CONTENT_TYPE_LINE = 'Content-Type: application/json';

function keyWidget(page: Page) {
	const widget = page.getByRole('group', { name: 'API key and header lines' });
	return {
		key: widget.getByLabel('API key', { exact: true }),
		headerLines: widget.getByLabel('Header lines', { exact: true }),
		finding: (text: string | RegExp) => widget.getByRole('listitem').filter({ hasText: text }),
	};
}

// toHaveText collapses whitespace; header lines must match to the character.
async function expectExactText(locator: Locator, text: string): Promise<void> {
	await expect.poll(() => locator.textContent()).toBe(text);
}

test.describe('key headers widget', () => {
	test.beforeEach(async ({ page }) => {
		await page.goto('/guide/3-connection/');
	});

	test('builds the header lines from a key pasted with Bearer and a line break', async ({
		page,
	}) => {
		const widget = keyWidget(page);

		// The reader pastes the whole header value, line break included.
		await widget.key.fill(`Bearer ${KEY}\n`);

		await expectExactText(
			widget.headerLines,
			`Authorization: Bearer ${EXAMPLE.maskedKey}\n${CONTENT_TYPE_LINE}`,
		);
		await expect(
			widget.finding('Removed from the pasted key: 1 line break, a Bearer prefix.'),
		).toBeVisible();
		// A single-line field cannot hold the line break; the rest stays as pasted.
		await expect(widget.key).toHaveValue(`Bearer ${KEY}`);
	});

	test('reports the spaces and line break removed around a key', async ({ page }) => {
		const widget = keyWidget(page);

		// The reader pastes a key read from a file: two spaces before it, a line break after it.
		await widget.key.fill(`  ${KEY}\n`);

		await expectExactText(
			widget.headerLines,
			`Authorization: Bearer ${EXAMPLE.maskedKey}\n${CONTENT_TYPE_LINE}`,
		);
		await expect(
			widget.finding('Removed from the pasted key: 2 spaces, 1 line break.'),
		).toBeVisible();
		await expect(widget.key).toHaveValue(`  ${KEY}`);
	});

	test('reports a line break pasted from the clipboard', async ({ page, context }) => {
		await context.grantPermissions(['clipboard-read', 'clipboard-write']);
		const widget = keyWidget(page);

		// The reader copies the key with its line break and pastes it with the keyboard.
		await page.evaluate((text) => navigator.clipboard.writeText(text), `  ${KEY}\r\n`);
		await widget.key.focus();
		await page.keyboard.press('ControlOrMeta+V');

		await expect(
			widget.finding('Removed from the pasted key: 2 spaces, 1 line break.'),
		).toBeVisible();
		await expectExactText(
			widget.headerLines,
			`Authorization: Bearer ${EXAMPLE.maskedKey}\n${CONTENT_TYPE_LINE}`,
		);
	});

	test('shows the whole key in the field and the header after Show key', async ({ page }) => {
		const widget = keyWidget(page);
		await widget.key.fill(KEY);
		await expect(widget.key).toHaveAttribute('type', 'password');

		// The reader ticks Show key.
		await page.getByLabel('Show key', { exact: true }).check();

		await expect(widget.key).toHaveAttribute('type', 'text');
		await expectExactText(widget.headerLines, `Authorization: Bearer ${KEY}\n${CONTENT_TYPE_LINE}`);

		// They untick it again.
		await page.getByLabel('Show key', { exact: true }).uncheck();

		await expect(widget.key).toHaveAttribute('type', 'password');
		await expectExactText(
			widget.headerLines,
			`Authorization: Bearer ${EXAMPLE.maskedKey}\n${CONTENT_TYPE_LINE}`,
		);
	});

	for (const { name, key, problem } of [
		{
			name: 'an inner space',
			key: 'AbCdEf123 GhIjKl456MnOpQr789',
			problem: 'Space at character 10, inside the key.',
		},
		{
			name: 'a zero-width space',
			key: 'AbCdEf\u200B123GhIjKl456MnOpQr789',
			problem: 'Invisible character U+200B at character 7.',
		},
	]) {
		test(`refuses a key with ${name} and names its position`, async ({ page }) => {
			const widget = keyWidget(page);

			// The reader pastes a key with a character inside it that no key has.
			await widget.key.fill(key);

			await expect(widget.finding(`Problem: ${problem}`)).toBeVisible();
			await expectExactText(
				widget.headerLines,
				`Authorization: Bearer <your API key>\n${CONTENT_TYPE_LINE}`,
			);
			await expect(widget.key).toHaveValue(key);
		});
	}

	test('keeps what the reader typed before the widget started', async ({ page }) => {
		const widget = keyWidget(page);
		const release = await holdPageScripts(page);
		await page.goto('/guide/3-connection/', { waitUntil: 'commit' });

		// The reader types the key and subaccount and ticks "Keep" while the script still loads.
		await widget.key.fill(KEY);
		await page.getByLabel('Subaccount ID', { exact: true }).fill(EXAMPLE.subAccountId);
		await page.getByLabel('Keep the key for this tab', { exact: true }).check();

		// The script arrives and the widget starts.
		release();

		await expectExactText(
			widget.headerLines,
			`Authorization: Bearer ${EXAMPLE.maskedKey}\n${CONTENT_TYPE_LINE}`,
		);
		await expect(widget.key).toHaveAccessibleDescription(/this tab’s session storage/);
		await expect(page.getByLabel('Subaccount ID', { exact: true })).toHaveValue(
			EXAMPLE.subAccountId,
		);

		// They reload: the key was really kept for the tab.
		await page.reload();

		await expect(widget.key).toHaveValue(KEY);
		await expect(page.getByLabel('Keep the key for this tab', { exact: true })).toBeChecked();
	});

	test('keeps the key for the tab across a reload', async ({ page }) => {
		const widget = keyWidget(page);
		await expect(widget.key).toHaveAccessibleDescription(/this page’s memory only/);

		// The reader pastes the key and asks to keep it for this tab.
		await widget.key.fill(KEY);
		await page.getByLabel('Keep the key for this tab', { exact: true }).check();
		await expect(widget.key).toHaveAccessibleDescription(/this tab’s session storage/);

		// They reload the page.
		await page.reload();

		await expect(widget.key).toHaveValue(KEY);
		await expect(page.getByLabel('Keep the key for this tab', { exact: true })).toBeChecked();
		await expect(widget.key).toHaveAccessibleDescription(/this tab’s session storage/);
	});

	test('forgets a kept key and goes back to memory', async ({ page }) => {
		const widget = keyWidget(page);
		await widget.key.fill(KEY);
		await page.getByLabel('Keep the key for this tab', { exact: true }).check();

		// The reader presses Forget key.
		await page.getByRole('button', { name: 'Forget key' }).click();

		await expect(widget.key).toHaveValue('');
		await expect(widget.key).toHaveAccessibleDescription(/this page’s memory only/);
		await expect(page.getByLabel('Keep the key for this tab', { exact: true })).not.toBeChecked();

		// They reload: nothing was left behind.
		await page.reload();

		await expect(widget.key).toHaveValue('');
		await expect(widget.key).toHaveAccessibleDescription(/this page’s memory only/);
	});

	test('explains why Basic auth and misspelt header lines fail', async ({ page }) => {
		const widget = keyWidget(page);

		// The reader opens the Workato check (a summary has no role, hence the text locator).
		await page.getByText('Check what you typed in Workato', { exact: true }).click();

		// They pick Basic and copy in the header lines they typed in Workato.
		await page.getByLabel('Authentication type in Workato').selectOption('basic');
		await page
			.getByLabel('Header lines you typed')
			.fill('Authorisation: Bearer x\ncontent-type: text/plain');

		await expect(
			widget.finding('Problem: Basic auth does not work with the 8x8 SMS API.'),
		).toBeVisible();
		await expect(
			widget.finding('Problem: Header name Authorisation on line 1 should be Authorization.'),
		).toBeVisible();
		await expect(
			widget.finding('Problem: Content-Type on line 2 is text/plain: send the body as JSON.'),
		).toBeVisible();
		// The lower-case name itself is fine: header names match in any case.
		await expect(widget.finding(/content-type/)).toHaveCount(0);
	});

	test('keeps the key out of the address', async ({ page }) => {
		const widget = keyWidget(page);

		// The reader pastes the key, reveals it, keeps it and presses Enter in the field.
		await widget.key.fill(KEY);
		await page.getByLabel('Show key', { exact: true }).check();
		await page.getByLabel('Keep the key for this tab', { exact: true }).check();
		await widget.key.press('Enter');
		await expect(page).toHaveURL(/\/guide\/3-connection\/$/);

		// They reload with the key kept.
		await page.reload();

		await expect(widget.key).toHaveValue(KEY);
		expect(page.url()).not.toContain(KEY);
		expect(page.url()).not.toContain(KEY.slice(0, 8));
	});
});
