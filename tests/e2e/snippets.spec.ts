import { expect, test, type Page } from '@playwright/test';

import { EXAMPLE } from './support/example-values';
import { fillDraft } from './support/fill-draft';

const CASE_18_TEXT = `Don't reply! Order "A&B"`;

// Case 18 of the handed cases, for bash and zsh, with the key shown.
const CASE_18_CURL = [
	`curl -X POST '${EXAMPLE.url}' \\`,
	`  -H 'Authorization: Bearer ${EXAMPLE.apiKey}' \\`,
	`  -H 'Content-Type: application/json' \\`,
	String.raw`  --data-raw '{"destination":"+6591234567","text":"Don'\''t reply! Order \"A&B\""}'`,
].join('\n');

function snippetsWidget(page: Page) {
	const widget = page.getByRole('group', { name: 'Copy-paste snippets' });
	return {
		curl: widget.getByLabel('curl command (bash or zsh)', { exact: true }),
		json: widget.getByLabel('JSON body to paste in Workato', { exact: true }),
		fields: widget.getByRole('table', { name: 'Workato fields' }),
		status: widget.getByRole('status'),
		revealKey: widget.getByLabel('Show the API key in snippets', { exact: true }),
	};
}

async function readClipboard(page: Page): Promise<string> {
	return page.evaluate(() => navigator.clipboard.readText());
}

test.describe('snippets widget', () => {
	test.beforeEach(async ({ page, context }) => {
		await context.grantPermissions(['clipboard-read', 'clipboard-write']);

		// On step 3 the reader enters the key, keeps it for the tab, and enters the subaccount.
		await page.goto('/guide/3-connection/');
		await fillDraft(page, { apiKey: EXAMPLE.apiKey, subAccountId: EXAMPLE.subAccountId });
		await page.getByLabel('Keep the key for this tab', { exact: true }).check();

		// On step 4 they fill in the request.
		await page.goto('/guide/4-action/');
		await fillDraft(page, { destination: EXAMPLE.destination, text: EXAMPLE.text });
	});

	test('copies exactly the curl command shown, with the key masked', async ({ page }) => {
		const widget = snippetsWidget(page);
		await expect(widget.curl).toContainText(`-H 'Authorization: Bearer ${EXAMPLE.maskedKey}'`);

		// The reader copies the curl command.
		await page.getByRole('button', { name: 'Copy curl command' }).click();

		await expect(widget.status).toContainText('Copied curl command. The key in it is masked');
		expect(await readClipboard(page)).toBe(await widget.curl.textContent());
		expect(await readClipboard(page)).not.toContain(EXAMPLE.apiKey);
	});

	test('copies the whole key once the reader asks to show it', async ({ page }) => {
		const widget = snippetsWidget(page);

		// The reader ticks "Show the API key in snippets" and copies the curl command.
		await widget.revealKey.check();
		await page.getByRole('button', { name: 'Copy curl command' }).click();

		await expect(widget.status).toHaveText('Copied curl command.');
		await expect(widget.curl).toContainText(`-H 'Authorization: Bearer ${EXAMPLE.apiKey}'`);
		expect(await readClipboard(page)).toBe(await widget.curl.textContent());
	});

	test('quotes an apostrophe in the text for the shell', async ({ page }) => {
		const widget = snippetsWidget(page);

		// The reader types a text with an apostrophe, quotes and an ampersand, and shows the key.
		await fillDraft(page, { text: CASE_18_TEXT });
		await widget.revealKey.check();

		await expect.poll(() => widget.curl.textContent()).toBe(CASE_18_CURL);
		expect(JSON.parse((await widget.json.textContent()) ?? '')).toEqual({
			destination: EXAMPLE.destination,
			text: CASE_18_TEXT,
		});
		const textRow = widget.fields.getByRole('row', { name: /^Send request text / });
		await expect(textRow.getByRole('cell', { name: CASE_18_TEXT, exact: false })).toBeVisible();
	});

	test('lists the Workato fields, each with its own copy button', async ({ page }) => {
		const widget = snippetsWidget(page);
		const rows = widget.fields.getByRole('row');

		await expect(
			widget.fields.getByRole('row', { name: /Authentication type/ }).getByRole('cell'),
		).toContainText(['Connection', 'Authentication type', 'Header auth']);
		await expect(
			widget.fields.getByRole('row', { name: /Request URL/ }).getByRole('cell'),
		).toContainText(['Send request', 'Request URL', EXAMPLE.url]);
		// Every row but the header row has one copy button.
		await expect(widget.fields.getByRole('button', { name: /^Copy / })).toHaveCount(
			(await rows.count()) - 1,
		);

		// The reader copies the request URL.
		await widget.fields.getByRole('button', { name: 'Copy Request URL' }).click();

		await expect(widget.status).toHaveText('Copied Request URL.');
		expect(await readClipboard(page)).toBe(EXAMPLE.url);
	});
});
