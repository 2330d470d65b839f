import { expect, test, type APIRequestContext, type Page } from '@playwright/test';

import { EXAMPLE } from './support/example-values';
import { fillDraft, SENDABLE } from './support/fill-draft';

// The fake 8x8 that playwright.config.ts starts behind the site's relay.
const FAKE = `http://127.0.0.1:${process.env.E2E_FAKE_PORT ?? 4401}`;
const TEXT = 'Order "ABC-123" shipped 📦';

interface RecordedRequest {
	method: string;
	path: string;
	headers: Record<string, string>;
	body: string;
}

// The fake's record is shared by every worker, so each test sends to its own subaccount.
async function receivedBy(request: APIRequestContext, subAccountId: string) {
	const response = await request.get(`${FAKE}/__fake/requests`);
	const all = (await response.json()) as RecordedRequest[];
	return all.filter((item) => item.path.includes(`/subaccounts/${subAccountId}/`));
}

function liveWidget(page: Page) {
	return {
		live: page.getByRole('radio', { name: 'Live' }),
		send: page.getByRole('button', { name: 'Send test SMS' }),
		result: page.getByRole('region', { name: 'Test send result' }),
		dialog: page.getByRole('dialog', { name: 'Send a real SMS?' }),
	};
}

test.describe('live send through the relay', () => {
	test.beforeEach(async ({ page }) => {
		await page.goto('/guide/5-test-sms/');
	});

	test('sends exactly the built request to 8x8 after confirmation', async ({ page, request }) => {
		const widget = liveWidget(page);
		await fillDraft(page, { ...SENDABLE, subAccountId: 'live_ok', text: TEXT });

		// The reader picks Live and sends.
		await widget.live.check();
		await widget.send.click();

		// The dialog says what will happen, with focus on Cancel.
		await expect(widget.dialog).toBeVisible();
		await expect(widget.dialog).toContainText('real SMS');
		await expect(widget.dialog).toContainText('billed');
		await expect(widget.dialog).toContainText('+6591234567');
		await expect(widget.dialog.getByRole('button', { name: 'Cancel' })).toBeFocused();

		// They confirm.
		await widget.dialog.getByRole('button', { name: 'Send real SMS' }).click();

		await expect(widget.result).toContainText('Accepted for delivery');
		await expect(widget.result).toContainText('LIVE', { useInnerText: true });
		await expect(widget.result).toContainText('/relay/sms/ap/api/v1/subaccounts/live_ok/messages');
		const [received, ...more] = await receivedBy(request, 'live_ok');
		expect(more).toEqual([]);
		expect(received?.headers['authorization']).toBe(`Bearer ${EXAMPLE.apiKey}`);
		expect(received?.headers['content-type']).toBe('application/json');
		expect(received?.body).toBe(JSON.stringify({ destination: '+6591234567', text: TEXT }));
	});

	test('sends nothing when the reader cancels', async ({ page, request }) => {
		const widget = liveWidget(page);
		await fillDraft(page, { ...SENDABLE, subAccountId: 'live_cancel' });

		// The reader sends live, then cancels with the keyboard.
		await widget.live.check();
		await widget.send.click();
		await expect(widget.dialog).toBeVisible();
		await page.keyboard.press('Escape');

		await expect(widget.dialog).toBeHidden();
		await expect(widget.result).toContainText('Not sent: the live send was cancelled.');
		await expect(widget.send).toBeFocused();
		expect(await receivedBy(request, 'live_cancel')).toEqual([]);
	});

	test("shows the relay's refusal with its fix", async ({ page }) => {
		const widget = liveWidget(page);
		await fillDraft(page, { ...SENDABLE, subAccountId: 'fault-redirect' });

		// The reader sends live to a subaccount for which the fake 8x8 redirects.
		await widget.live.check();
		await widget.send.click();
		await widget.dialog.getByRole('button', { name: 'Send real SMS' }).click();

		await expect(widget.result).toContainText('8x8 answered with a redirect');
		await expect(widget.result).toContainText('→ 502');
		await expect(widget.result).toContainText('Next: Check the region: each 8x8 account answers');
	});

	test('explains a 502 HTML page from a gateway', async ({ page }) => {
		const widget = liveWidget(page);
		await fillDraft(page, { ...SENDABLE, subAccountId: 'fault-html' });

		// The reader sends live to a subaccount for which a gateway answers with an HTML page.
		await widget.live.check();
		await widget.send.click();
		await widget.dialog.getByRole('button', { name: 'Send real SMS' }).click();

		await expect(widget.result).toContainText('(502)');
		await expect(widget.result).toContainText('sending again may send it twice');
		await expect(widget.result).toContainText('LIVE', { useInnerText: true });
	});
});
