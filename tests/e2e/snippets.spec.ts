import { readFile } from 'node:fs/promises';

import { expect, test, type Locator, type Page } from '@playwright/test';

import { SNIPPET_TARGETS, type SnippetTarget } from '../../src/lib/snippets/snippet-targets';
import { findViolations } from './support/axe';
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

// Where each target's snippet is shown: curl and JSON keep the names the guide's tests use.
function snippetOf(page: Page, target: SnippetTarget): Locator {
	const widget = page.getByRole('group', { name: 'Copy-paste snippets' });
	if (target.kind === 'fields') {
		return widget.getByRole('table', { name: target.label });
	}
	const names: Partial<Record<SnippetTarget['id'], string>> = {
		curl: 'curl command (bash or zsh)',
		json: 'JSON body to paste in Workato',
	};
	return widget.getByLabel(names[target.id] ?? target.label, { exact: true });
}

async function pickTarget(page: Page, target: SnippetTarget): Promise<Locator> {
	await page.getByLabel('Snippet for', { exact: true }).selectOption(target.id);
	return snippetOf(page, target);
}

function targetById(id: SnippetTarget['id']): SnippetTarget {
	const target = SNIPPET_TARGETS.find((entry) => entry.id === id);
	if (!target) {
		throw new Error(`No snippet target "${id}" in SNIPPET_TARGETS.`);
	}
	return target;
}

test.describe('snippets widget targets', () => {
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

	test('offers every target in order, Workato first', async ({ page }) => {
		const picker = page.getByLabel('Snippet for', { exact: true });

		await expect(picker).toHaveValue('workato');
		await expect(picker.getByRole('option')).toHaveText(
			SNIPPET_TARGETS.map((target) => target.label),
		);
	});

	test('shows a snippet with the subaccount URL for each target', async ({ page }) => {
		for (const target of SNIPPET_TARGETS) {
			// The reader picks the target.
			const snippet = await pickTarget(page, target);

			await expect(snippet, target.id).toBeVisible();
			// The JSON body is the one snippet without the URL: it holds the request only.
			const expected = target.id === 'json' ? EXAMPLE.destination : EXAMPLE.url;
			await expect(snippet, target.id).toContainText(expected);
		}
	});

	test('masks the key in every target until the reader shows it', async ({ page }) => {
		const revealKey = page.getByLabel('Show the API key in snippets', { exact: true });
		const keyed = SNIPPET_TARGETS.filter((target) => target.id !== 'json');

		for (const target of keyed) {
			// The reader picks the target with the key still masked.
			const snippet = await pickTarget(page, target);
			await expect(snippet, target.id).toContainText(`Bearer ${EXAMPLE.maskedKey}`);
			await expect(snippet, target.id).not.toContainText(EXAMPLE.apiKey);
		}

		// They tick "Show the API key in snippets" and go through the targets again.
		await revealKey.check();
		for (const target of keyed) {
			const snippet = await pickTarget(page, target);
			await expect(snippet, target.id).toContainText(`Bearer ${EXAMPLE.apiKey}`);
		}
	});

	test('escapes an apostrophe and quotes for PowerShell, Python and fetch', async ({ page }) => {
		// The reader types a text with an apostrophe, quotes and an ampersand.
		await fillDraft(page, { text: CASE_18_TEXT });

		const powershell = await pickTarget(page, targetById('powershell'));
		await expect(powershell).toContainText(
			String.raw`Body = '{"destination":"+6591234567","text":"Don''t reply! Order \"A&B\""}'`,
		);
		const python = await pickTarget(page, targetById('python'));
		await expect(python).toContainText(String.raw`"text": "Don't reply! Order \"A&B\"",`);
		const fetchScript = await pickTarget(page, targetById('fetch'));
		await expect(fetchScript).toContainText(String.raw`text: "Don't reply! Order \"A&B\"",`);
	});

	test('copies the shown snippet and tells how to run it', async ({ page }) => {
		const status = page.getByRole('group', { name: 'Copy-paste snippets' }).getByRole('status');

		// The reader picks Python and copies the script.
		const python = await pickTarget(page, targetById('python'));
		await page.getByRole('button', { name: 'Copy Python script' }).click();

		await expect(status).toContainText('Copied Python script. The key in it is masked');
		expect(await readClipboard(page)).toBe(await python.textContent());
		await expect(page.getByLabel('Snippet for', { exact: true })).toHaveAccessibleDescription(
			/pip install requests/,
		);
	});

	test('downloads the Postman collection with the request URL', async ({ page }) => {
		const status = page.getByRole('group', { name: 'Copy-paste snippets' }).getByRole('status');

		// The reader picks the Postman collection; the masked key is called out.
		await pickTarget(page, targetById('postman'));
		await expect(page.getByLabel('Snippet for', { exact: true })).toHaveAccessibleDescription(
			/masked, so it will not work once imported/,
		);

		// They download it.
		const downloading = page.waitForEvent('download');
		await page.getByRole('button', { name: 'Download 8x8-sms.postman_collection.json' }).click();
		const download = await downloading;

		expect(download.suggestedFilename()).toBe('8x8-sms.postman_collection.json');
		const collection = JSON.parse(await readFile(await download.path(), 'utf8')) as {
			item: { request: { url: string } }[];
		};
		expect(collection.item[0]?.request.url).toBe(EXAMPLE.url);
		await expect(status).toContainText('Downloaded 8x8-sms.postman_collection.json.');
	});

	test('picks a target and copies a field from the keyboard', async ({ page }) => {
		const picker = page.getByLabel('Snippet for', { exact: true });
		const n8n = snippetOf(page, targetById('n8n'));

		// The reader focuses the picker and presses End to pick the last target, n8n.
		await picker.focus();
		await page.keyboard.press('End');
		await expect(picker).toHaveValue('n8n');
		await expect(n8n).toBeVisible();

		// They tab to the first copy button and press Enter.
		await page.keyboard.press('Tab');
		const copyName = n8n.getByRole('button', { name: 'Copy Name' });
		await expect(copyName).toBeFocused();
		await page.keyboard.press('Enter');

		await expect(page.getByRole('status').filter({ hasText: 'Copied' })).toHaveText('Copied Name.');
		await expect(copyName).toBeFocused();
		expect(await readClipboard(page)).toBe('Authorization');
	});

	test('finds no axe violations in a fields target and a file target', async ({ page }) => {
		// The reader picks the Zapier fields, then the .http file.
		await expect(await pickTarget(page, targetById('zapier'))).toBeVisible();
		expect(await findViolations(page)).toEqual([]);

		await expect(await pickTarget(page, targetById('http-file'))).toBeVisible();
		expect(await findViolations(page)).toEqual([]);
	});
});
