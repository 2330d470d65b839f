import type { Page } from '@playwright/test';

import { EXAMPLE } from './example-values';

/** Values for the fields of the key and request widgets; each one left out stays as it is. */
export interface DraftValues {
	apiKey?: string;
	subAccountId?: string;
	destination?: string;
	senderId?: string;
	text?: string;
}

const LABELS: Record<keyof DraftValues, string> = {
	apiKey: 'API key',
	subAccountId: 'Subaccount ID',
	destination: 'Destination',
	senderId: 'Sender ID',
	text: 'Message text',
};

/** The values of a request the mock accepts, as on step 5. */
export const SENDABLE: Required<Omit<DraftValues, 'senderId'>> = {
	apiKey: EXAMPLE.apiKey,
	subAccountId: EXAMPLE.subAccountId,
	destination: EXAMPLE.destination,
	text: EXAMPLE.text,
};

/** Fills each given value into the field with that label, as a reader pasting it would. */
export async function fillDraft(page: Page, values: DraftValues): Promise<void> {
	for (const [name, value] of Object.entries(values) as [keyof DraftValues, string][]) {
		await page.getByLabel(LABELS[name], { exact: true }).fill(value);
	}
}
