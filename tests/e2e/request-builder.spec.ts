import { expect, test, type Page } from '@playwright/test';

import { EXAMPLE } from './support/example-values';
import { fillDraft } from './support/fill-draft';
import { holdPageScripts } from './support/hold-scripts';

const NO_BODY = 'The body appears here once destination and text are valid.';

// Case 12 of the handed cases: an alert text, the same with an emoji, and one full of GSM-7
// extension characters that cost two septets in GSM-7 but one unit in UCS-2.
const T12A =
	'Server db-01 is DOWN since 09:14 SGT. On-call: please check the dashboard and reply ACK ' +
	'within 15 min';
const T12B = 'Alert [P1] {db-01} CPU 97% | disk ~95% | ticket [INC-2041] 🔥 ACK?';

function requestWidget(page: Page) {
	const widget = page.getByRole('group', { name: 'SMS request' });
	return {
		destination: widget.getByLabel('Normalised destination', { exact: true }),
		encoding: widget.getByLabel('Encoding', { exact: true }),
		segments: widget.getByLabel('Segments', { exact: true }),
		characters: widget.getByLabel('Characters', { exact: true }),
		body: widget.getByLabel('JSON body', { exact: true }),
		finding: (text: string) => widget.getByRole('listitem').filter({ hasText: text }),
	};
}

test.describe('request builder widget', () => {
	test.beforeEach(async ({ page }) => {
		await page.goto('/guide/4-action/');
	});

	for (const { typed, country, e164 } of [
		{ typed: '91234567', country: 'Singapore (+65)', e164: '+6591234567' },
		{ typed: '07700 900123', country: 'United Kingdom (+44)', e164: '+447700900123' },
	]) {
		test(`turns ${typed} with ${country} as default country into ${e164}`, async ({ page }) => {
			const widget = requestWidget(page);

			// The reader types a local number and picks its country.
			await fillDraft(page, { destination: typed, text: 'Hi' });
			await page.getByLabel('Default country').selectOption({ label: country });

			await expect(widget.destination).toHaveText(e164);
			await expect(widget.body).toContainText(`"destination": "${e164}"`);
			await expect(page.getByLabel('Destination', { exact: true })).toHaveValue(typed);
		});
	}

	test('asks for a country code when no default country is set', async ({ page }) => {
		const widget = requestWidget(page);

		// The reader types a local number and leaves the default country on None.
		await fillDraft(page, { destination: '91234567', text: 'Hi' });

		await expect(widget.finding('Problem: The number has no country code.')).toContainText(
			'Add + and the country code, such as +65 for Singapore, or pick a default country.',
		);
		await expect(widget.destination).toHaveText('not valid yet');
		await expect(widget.body).toHaveText(NO_BODY);
		await expect(page.getByLabel('Destination', { exact: true })).toHaveValue('91234567');
	});

	test('refuses a sender name longer than 11 characters and suggests a shorter one', async ({
		page,
	}) => {
		const widget = requestWidget(page);
		await fillDraft(page, { destination: EXAMPLE.destination, text: 'Hi' });

		// The reader types a 12-character sender name.
		await fillDraft(page, { senderId: 'Acme Support' });

		await expect(
			widget.finding('Problem: Alphanumeric sender: at most 11 characters, got 12.'),
		).toContainText('Shorten it, for example to AcmeSupport.');
		await expect(widget.body).toHaveText(NO_BODY);

		// They switch to a numeric sender, which may be longer.
		await fillDraft(page, { senderId: '+6591234567' });

		await expect(widget.finding('Alphanumeric sender')).toHaveCount(0);
		await expect(widget.body).toContainText('"source": "+6591234567"');
	});

	test('switches to UCS-2 for an emoji and names it', async ({ page }) => {
		const widget = requestWidget(page);

		// The reader types the alert text, which is all GSM-7.
		await fillDraft(page, { destination: EXAMPLE.destination, text: T12A });

		await expect(widget.encoding).toHaveText('GSM-7');
		await expect(widget.segments).toHaveText('1 (101 septets, 160 fit in one)');

		// They add a fire emoji at the end.
		await fillDraft(page, { text: `${T12A} 🔥` });

		await expect(widget.encoding).toHaveText('UCS-2 (Unicode)');
		await expect(widget.encoding).toHaveAccessibleDescription(/“🔥” \(U\+1F525\)/);
		await expect(widget.segments).toHaveText('2 (104 UTF-16 units, 67 per part)');
		await expect(widget.finding('Note: Sent as UCS-2 because of “🔥” (U+1F525).')).toBeVisible();
	});

	test('counts extension characters once in UCS-2', async ({ page }) => {
		const widget = requestWidget(page);

		// The reader types an alert with brackets, braces, bars, a tilde and an emoji.
		await fillDraft(page, { destination: EXAMPLE.destination, text: T12B });

		await expect(widget.encoding).toHaveText('UCS-2 (Unicode)');
		await expect(widget.segments).toHaveText('1 (66 UTF-16 units, 70 fit in one)');

		// They remove the emoji, so the extension characters cost two septets each.
		await fillDraft(page, { text: T12B.replace(' 🔥', '') });

		await expect(widget.encoding).toHaveText('GSM-7');
		await expect(widget.segments).toHaveText('1 (72 septets, 160 fit in one)');
	});

	test('names an invisible tab that forces UCS-2', async ({ page }) => {
		const widget = requestWidget(page);

		// The reader pastes an email body with line breaks and a tab.
		await fillDraft(page, {
			destination: EXAMPLE.destination,
			text: 'Hi team,\nServer db-01 is down.\n\tCheck now',
		});

		await expect(widget.encoding).toHaveText('UCS-2 (Unicode)');
		await expect(widget.encoding).toHaveAccessibleDescription(
			'UCS-2 because these are not in the GSM-7 alphabet: a tab (U+0009).',
		);
		await expect(widget.body).toContainText(
			String.raw`"text": "Hi team,\nServer db-01 is down.\n\tCheck now"`,
		);
	});

	test('escapes the quotes of a subject in the JSON body', async ({ page }) => {
		const widget = requestWidget(page);

		// The reader types the text a Gmail subject with quotes produces.
		await fillDraft(page, { destination: EXAMPLE.destination, text: EXAMPLE.text });

		await expect(widget.body).toContainText(
			String.raw`"text": "New mail: Order \"ABC-123\" shipped"`,
		);
		expect(JSON.parse((await widget.body.textContent()) ?? '')).toEqual({
			destination: EXAMPLE.destination,
			text: EXAMPLE.text,
		});
		await expect(widget.characters).toHaveText('33');
		await expect(widget.encoding).toHaveText('GSM-7');
		await expect(widget.segments).toHaveText('1 (33 septets, 160 fit in one)');
	});

	for (const [name, text] of [
		['an empty text', ''],
		['a text of spaces', '   '],
		['a text of one line break', '\r\n'],
	] as const) {
		test(`refuses ${name}`, async ({ page }) => {
			const widget = requestWidget(page);
			await fillDraft(page, { destination: EXAMPLE.destination, text: 'Hi' });
			await expect(widget.body).toContainText('"text": "Hi"');

			// The reader's text ends up with nothing to send.
			await fillDraft(page, { text });

			await expect(
				widget.finding('Problem: Text is required and is empty after trimming.'),
			).toBeVisible();
			await expect(widget.body).toHaveText(NO_BODY);
		});
	}

	test('keeps what the reader typed before the widget started', async ({ page }) => {
		const widget = requestWidget(page);
		const release = await holdPageScripts(page);
		await page.goto('/guide/4-action/', { waitUntil: 'commit' });

		// The reader types the number and text while the page's script is still loading.
		await fillDraft(page, { destination: EXAMPLE.destination, text: EXAMPLE.text });

		// The script arrives and the widget starts.
		release();

		await expect(widget.destination).toHaveText(EXAMPLE.destination);
		await expect(widget.body).toContainText(String.raw`"text": "New mail: Order \"ABC-123\"`);
		await expect(page.getByLabel('Message text', { exact: true })).toHaveValue(EXAMPLE.text);
	});

	test('counts 2 segments for a 161-character GSM-7 text', async ({ page }) => {
		const widget = requestWidget(page);

		// The reader types 160 characters, which still fit in one SMS.
		await fillDraft(page, { destination: EXAMPLE.destination, text: 'a'.repeat(160) });

		await expect(widget.segments).toHaveText('1 (160 septets, 160 fit in one)');

		// They type one more character.
		await fillDraft(page, { text: 'a'.repeat(161) });

		await expect(widget.characters).toHaveText('161');
		await expect(widget.segments).toHaveText('2 (161 septets, 153 per part)');
	});
});

// Optional fields, encoding views and the "Make GSM-safe" step.
function encodingViews(page: Page) {
	const widget = page.getByRole('group', { name: 'SMS request' });
	return {
		openOptionalFields: () => widget.getByText('Optional fields', { exact: true }).click(),
		clientMessageId: widget.getByLabel('Client message ID', { exact: true }),
		requestedEncoding: widget.getByLabel('Encoding to request', { exact: true }),
		parts: widget.getByRole('list', { name: 'Parts', exact: true }).getByRole('listitem'),
		makeGsmSafe: widget.getByRole('button', { name: 'Make GSM-safe', exact: true }),
		replacements: widget.getByRole('list', { name: 'Replacements' }).getByRole('listitem'),
		resultingText: widget.getByLabel('Resulting text', { exact: true }),
		button: (name: string) => widget.getByRole('button', { name, exact: true }),
	};
}

test.describe('request builder: optional fields and encoding', () => {
	test.beforeEach(async ({ page }) => {
		await page.goto('/guide/4-action/');
	});

	test('adds a client message ID to the JSON body', async ({ page }) => {
		const widget = requestWidget(page);
		const views = encodingViews(page);
		await fillDraft(page, { destination: EXAMPLE.destination, text: 'Hi' });

		// The reader opens the optional fields and types a Gmail message id as reference.
		await views.openOptionalFields();
		await views.clientMessageId.fill('gmail-18c2f0a1b2c3d4e5');

		await expect(widget.body).toContainText('"clientMessageId": "gmail-18c2f0a1b2c3d4e5"');
		expect(JSON.parse((await widget.body.textContent()) ?? '')).toEqual({
			destination: EXAMPLE.destination,
			text: 'Hi',
			clientMessageId: 'gmail-18c2f0a1b2c3d4e5',
		});
	});

	test('refuses a client message ID of 351 characters', async ({ page }) => {
		const widget = requestWidget(page);
		const views = encodingViews(page);
		await fillDraft(page, { destination: EXAMPLE.destination, text: 'Hi' });

		// The reader pastes a reference one character over 8x8's limit.
		await views.openOptionalFields();
		await views.clientMessageId.fill('x'.repeat(351));

		await expect(
			widget.finding('Problem: The clientMessageId has 351 characters; 8x8 allows at most 350.'),
		).toBeVisible();
		await expect(widget.body).toHaveText(NO_BODY);
	});

	test('counts a plain text in UCS-2 when UCS2 is requested', async ({ page }) => {
		const widget = requestWidget(page);
		const views = encodingViews(page);
		await fillDraft(page, { destination: EXAMPLE.destination, text: 'a'.repeat(71) });
		await expect(widget.segments).toHaveText('1 (71 septets, 160 fit in one)');

		// The reader asks 8x8 for UCS2.
		await views.openOptionalFields();
		await views.requestedEncoding.selectOption('UCS2');

		await expect(widget.encoding).toHaveText('UCS-2 (Unicode)');
		await expect(widget.encoding).toHaveAccessibleDescription(
			'UCS-2 because the request asks for it.',
		);
		await expect(widget.segments).toHaveText('2 (71 UTF-16 units, 67 per part)');
		await expect(views.parts).toHaveText([
			'Part 1 (67 UTF-16 units): ' + 'a'.repeat(67),
			/^Part 2 \(4 UTF-16 units\)/,
		]);
		await expect(widget.body).toContainText('"encoding": "UCS2"');

		// They shorten the text to 70 characters, which fit in one UCS-2 part.
		await fillDraft(page, { text: 'a'.repeat(70) });

		await expect(widget.segments).toHaveText('1 (70 UTF-16 units, 70 fit in one)');
	});

	test('makes a text GSM-safe after a preview, and undoes it', async ({ page }) => {
		const widget = requestWidget(page);
		const views = encodingViews(page);
		const original = '“Order” shipped – see you…';
		await fillDraft(page, { destination: EXAMPLE.destination, text: original });
		await expect(widget.encoding).toHaveText('UCS-2 (Unicode)');

		// The reader asks what "Make GSM-safe" would change.
		await views.makeGsmSafe.click();

		await expect(views.replacements).toHaveText(['“ → "', '” → "', '– → -', '… → ...']);
		await expect(views.resultingText).toHaveText('"Order" shipped - see you...');
		await expect(page.getByLabel('Message text', { exact: true })).toHaveValue(original);

		// They apply the replacements.
		await views.button('Apply').click();

		await expect(page.getByLabel('Message text', { exact: true })).toHaveValue(
			'"Order" shipped - see you...',
		);
		await expect(widget.encoding).toHaveText('GSM-7');
		await expect(views.makeGsmSafe).toBeHidden();
		await expect(views.button('Undo')).toBeFocused();

		// They change their mind and undo.
		await page.keyboard.press('Enter');

		await expect(page.getByLabel('Message text', { exact: true })).toHaveValue(original);
		await expect(widget.encoding).toHaveText('UCS-2 (Unicode)');
		await expect(views.button('Undo')).toBeHidden();
	});

	test('leaves the text alone when the preview is cancelled', async ({ page }) => {
		const views = encodingViews(page);
		await fillDraft(page, { destination: EXAMPLE.destination, text: 'Wait – now' });

		// The reader opens the preview and cancels it.
		await views.makeGsmSafe.click();
		await views.button('Cancel').click();

		await expect(views.resultingText).toBeHidden();
		await expect(views.makeGsmSafe).toBeFocused();
		await expect(page.getByLabel('Message text', { exact: true })).toHaveValue('Wait – now');
	});

	test('shows a 161-character GSM-7 text as parts of 153 and 8 septets', async ({ page }) => {
		const views = encodingViews(page);

		// The reader types 161 plain characters.
		await fillDraft(page, { destination: EXAMPLE.destination, text: 'a'.repeat(161) });

		await expect(views.parts).toHaveText([
			`Part 1 (153 septets): ${'a'.repeat(153)}`,
			`Part 2 (8 septets): ${'a'.repeat(8)}`,
		]);
	});
});
