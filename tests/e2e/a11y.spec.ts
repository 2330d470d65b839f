import { expect, test } from '@playwright/test';

import { findViolations } from './support/axe';
import { EXAMPLE } from './support/example-values';
import { fillDraft, SENDABLE } from './support/fill-draft';
import { readSitemapPaths } from './support/sitemap';
import { THEMES, useTheme } from './support/theme';

// Each scan covers WCAG 2.0-2.2 A and AA; the one known exception is listed in support/axe.ts.
// A scan of a long page takes seconds, so the sweep gets time per page.
const TIME_PER_PAGE = 15_000;

for (const theme of THEMES) {
	test.describe(`accessibility in the ${theme} theme`, () => {
		test.beforeEach(async ({ page }) => {
			// An axe scan takes seconds on a busy two-core machine, and some tests run three.
			test.slow();
			await useTheme(page, theme);
		});

		test('finds no violations on any page of the sitemap', async ({ page, request }) => {
			const paths = await readSitemapPaths(request);
			expect(paths).toContain('/guide/5-test-sms/');
			test.setTimeout(TIME_PER_PAGE * paths.length);

			for (const path of paths) {
				// The reader opens the page and leaves the widgets as they load.
				await page.goto(path);
				await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
				expect.soft(await findViolations(page), path).toEqual([]);
			}
		});

		test('finds no violations in the key widget with findings shown', async ({ page }) => {
			await page.goto('/guide/3-connection/');

			// The reader pastes a key with a Bearer prefix and a line break, and reveals it.
			await page.getByLabel('API key', { exact: true }).fill(`Bearer ${EXAMPLE.apiKey}\n`);
			await page.getByLabel('Show key', { exact: true }).check();
			await page.getByLabel('Subaccount ID', { exact: true }).fill(EXAMPLE.subAccountId);

			// They open the Workato check (a summary has no role, hence the text locator) and
			// describe a wrong connection.
			await page.getByText('Check what you typed in Workato', { exact: true }).click();
			await page.getByLabel('Authentication type in Workato').selectOption('basic');
			await page
				.getByLabel('Header lines you typed')
				.fill('Authorisation: Bearer x\ncontent-type: text/plain');

			const widget = page.getByRole('group', { name: 'API key and header lines' });
			await expect(widget.getByRole('listitem')).not.toHaveCount(0);
			expect(await findViolations(page)).toEqual([]);
		});

		test('finds no violations in the request and snippet widgets filled in', async ({
			page,
			context,
		}) => {
			await context.grantPermissions(['clipboard-read', 'clipboard-write']);
			await page.goto('/guide/4-action/');

			// The reader enters a local number, a long sender and a text with an emoji.
			await fillDraft(page, { destination: '91234567', senderId: 'Acme Support' });
			await page.getByLabel('Default country').selectOption({ label: 'Singapore (+65)' });
			await fillDraft(page, { text: 'Server down 🔥' });
			await expect(page.getByLabel('Encoding', { exact: true })).toHaveText('UCS-2 (Unicode)');

			// They copy the JSON body, which shows a copy status.
			await page.getByRole('button', { name: 'Copy JSON body' }).click();
			const snippets = page.getByRole('group', { name: 'Copy-paste snippets' });
			await expect(snippets.getByRole('status')).toContainText('Copied JSON body.');
			expect(await findViolations(page)).toEqual([]);
		});

		test('finds no violations with each kind of send result shown', async ({ page }) => {
			await page.goto('/guide/5-test-sms/');
			const send = page.getByRole('button', { name: 'Send test SMS' });
			const result = page.getByRole('region', { name: 'Test send result' });

			// The reader sends before filling anything in and sees the blocked notice.
			await send.click();
			await expect(result).toContainText('Not sent: the checks found problems.');
			expect.soft(await findViolations(page), 'blocked').toEqual([]);

			// They fill in a request the mock accepts and send it.
			await fillDraft(page, SENDABLE);
			await send.click();
			await expect(result).toContainText('Accepted for delivery');
			expect.soft(await findViolations(page), 'accepted').toEqual([]);

			// They switch to a practice subaccount that the mock refuses.
			await fillDraft(page, { subAccountId: 'mock-forbidden' });
			await send.click();
			await expect(result).toContainText('(403)');
			expect.soft(await findViolations(page), 'forbidden').toEqual([]);
		});
	});
}
