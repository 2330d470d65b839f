import { expect, test, type Page } from '@playwright/test';

import { EXAMPLE } from './support/example-values';
import { fillDraft, SENDABLE } from './support/fill-draft';

const SEND_ANYWAY = 'Send anyway to see how 8x8 answers';

function sendWidget(page: Page) {
	return {
		send: page.getByRole('button', { name: 'Send test SMS' }),
		sendAnyway: page.getByRole('button', { name: SEND_ANYWAY }),
		result: page.getByRole('region', { name: 'Test send result' }),
	};
}

test.describe('send test widget', () => {
	test.beforeEach(async ({ page }) => {
		await page.goto('/guide/5-test-sms/');
	});

	test('sends to the mock and shows the queued answer with its umid', async ({ page }) => {
		const widget = sendWidget(page);
		await fillDraft(page, SENDABLE);

		// The reader sends the request in mock mode.
		await widget.send.click();

		await expect(widget.result).toContainText('Accepted for delivery');
		// The badge is styled in capitals: innerText proves it is rendered, not just present.
		await expect(widget.result).toContainText('MOCK', { useInnerText: true });
		await expect(widget.result).toContainText(`POST ${EXAMPLE.url} → 200`);
		const text = await widget.result.getByLabel('Response body').textContent();
		const body = JSON.parse(text ?? '') as { umid: string };
		expect(body).toMatchObject({ status: { code: 'QUEUED' }, destination: '6591234567' });
		expect(body.umid).toMatch(/^[0-9a-f-]{36}$/);
		await expect(widget.result).toContainText(`with message ID (umid) ${body.umid}.`);
	});

	test('lists every missing value when the reader sends an empty form', async ({ page }) => {
		const widget = sendWidget(page);

		// The reader presses Send before typing anything.
		await widget.send.click();

		await expect(widget.result).toContainText('Not sent: the checks found problems.');
		for (const problem of [
			'No API key on this page yet.',
			'The sub-account id is empty.',
			'The destination number is empty.',
			'Text is required and is empty after trimming.',
		]) {
			await expect(widget.result.getByRole('listitem').filter({ hasText: problem })).toBeVisible();
		}
		await expect(widget.sendAnyway).toBeVisible();
	});

	test('blocks a blank text, then shows 400 with code 3005 when sent anyway', async ({ page }) => {
		const widget = sendWidget(page);
		await fillDraft(page, { ...SENDABLE, text: '   ' });

		// The reader sends a text of spaces.
		await widget.send.click();

		await expect(widget.result).toContainText('Not sent: the checks found problems.');
		await expect(widget.result).toContainText('Text is required and is empty after trimming.');

		// They send it anyway.
		await widget.sendAnyway.click();

		await expect(widget.result).toContainText('Message text missing (400)');
		await expect(widget.result).toContainText('(code 3005)');
		await expect(widget.result.getByLabel('Response body')).toContainText('"code": 3005');
	});

	test('shows 401 with code 1200 when sent anyway without a key', async ({ page }) => {
		const widget = sendWidget(page);
		await fillDraft(page, { ...SENDABLE, apiKey: '' });

		// The reader sends without a key.
		await widget.send.click();

		await expect(widget.result).toContainText('No API key on this page yet.');

		// They send it anyway.
		await widget.sendAnyway.click();

		await expect(widget.result).toContainText(
			'API key missing, wrong, or not sent as Bearer (401)',
		);
		await expect(widget.result).toContainText('(code 1200)');
	});

	test('explains a 403 from a forbidden subaccount apart from a 401', async ({ page }) => {
		const widget = sendWidget(page);
		await fillDraft(page, { ...SENDABLE, subAccountId: 'mock-forbidden' });

		// The reader sends with the practice subaccount that the key may not use.
		await widget.send.click();

		await expect(widget.result).toContainText(
			`POST ${EXAMPLE.url.replace('acme_hq', 'mock-forbidden')} → 403`,
		);
		await expect(widget.result).toContainText('(code 1201)');
		// Unlike a 401, the answer says the key is fine and points at the subaccount.
		await expect(widget.result).toContainText('the key itself is fine');
		await expect(widget.result).toContainText(/Next: .*subaccount/);
		await expect(widget.result).not.toContainText('API key missing');
	});

	for (const { subAccountId, title, code } of [
		{
			subAccountId: 'mock-not-found',
			title: 'Subaccount ID not found or not allowed (404)',
			code: 1001,
		},
		{ subAccountId: 'mock-rate-limited', title: 'Too many requests (429)', code: 429 },
		{ subAccountId: 'mock-server-error', title: "Problem on 8x8's side (500)", code: 2000 },
	]) {
		test(`explains the answer to the ${subAccountId} practice subaccount`, async ({ page }) => {
			const widget = sendWidget(page);
			await fillDraft(page, { ...SENDABLE, subAccountId });

			// The reader sends with a practice subaccount.
			await widget.send.click();

			await expect(widget.result).toContainText(title);
			await expect(widget.result).toContainText(`(code ${code})`);
		});
	}

	test('shows a REJECTED answer to a long sender as a failure', async ({ page }) => {
		const widget = sendWidget(page);
		await fillDraft(page, { ...SENDABLE, senderId: 'Acme Support' });

		// The reader sends with a 12-character sender name, and the page stops it.
		await widget.send.click();

		await expect(widget.result).toContainText(
			'Alphanumeric sender: at most 11 characters, got 12.',
		);

		// They send it anyway.
		await widget.sendAnyway.click();

		await expect(widget.result).toContainText('Message rejected, not sent');
		await expect(widget.result).toContainText(`POST ${EXAMPLE.url} → 200`);
		await expect(widget.result).toContainText(
			'A 200 status alone does not mean a message was sent.',
		);
		await expect(widget.result.getByLabel('Response body')).toContainText('"code": "REJECTED"');
		await expect(widget.result).not.toContainText('Accepted for delivery');
	});

	test('announces results and keeps focus on the Send button', async ({ page }) => {
		const widget = sendWidget(page);
		await fillDraft(page, { ...SENDABLE, text: '' });

		// The reader sends an empty text and is stopped.
		await widget.send.click();

		await expect(widget.result).toHaveAttribute('aria-live', 'polite');
		await expect(widget.result).toContainText('Not sent');
		await expect(widget.send).toBeFocused();

		// They send it anyway; the button they pressed is replaced by the answer.
		await widget.sendAnyway.click();

		await expect(widget.result).toContainText('Message text missing (400)');
		await expect(widget.send).toBeFocused();

		// They fix the text and send again.
		await fillDraft(page, { text: 'Hi' });
		await widget.send.click();

		await expect(widget.result).toContainText('Accepted for delivery');
		await expect(widget.send).toBeFocused();
	});

	test('starts in Mock mode and says what Live needs', async ({ page }) => {
		const live = page.getByRole('radio', { name: 'Live' });

		await expect(page.getByRole('radio', { name: 'Mock' })).toBeChecked();
		await expect(live).toBeEnabled();
		await expect(live).toHaveAccessibleDescription(/^Live sends a real SMS through 8x8, billed /);
		await expect(live).toHaveAccessibleDescription(/npm start/);
	});
});
