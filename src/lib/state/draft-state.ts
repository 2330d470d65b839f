// Ships to the browser: keep it free of secrets and heavy imports.

import type { SmsDraft } from '~/lib/sms/check-sms-draft';

/** Whether "Send" goes to the mocked 8x8 API in the page or to the real one. */
export type DraftMode = 'mock' | 'live';

/** The reader's non-secret form values, as typed (raw strings), shared by the step pages. */
export interface DraftState extends SmsDraft {
	mode: DraftMode;
}

// Field names that suggest a credential. A draft field named like this is never read or
// kept, so a field added later by mistake (say `apiKey`) cannot reach storage.
const SECRET_NAME = /key|token|secret|password|passwd|credential|auth|bearer/i;

/** The draft fields the request widget reads and writes, in form order. */
export const REQUEST_FIELDS = [
	'destination',
	'defaultCountry',
	'senderId',
	'text',
	'clientMessageId',
	'encoding',
	'scheduled',
	'expiry',
	'dlrCallbackUrl',
	'track',
] as const satisfies readonly (keyof DraftState)[];

const TEXT_FIELDS = ['regionId', 'subAccountId', ...REQUEST_FIELDS] as const;

/**
 * Returns the draft fields found in `value` that have the right type: known text fields that
 * are strings and a `mode` of `mock` or `live`. Everything else is left out, including any
 * field named like a key, token or secret. Never throws; a non-object gives `{}`.
 */
export function pickDraftFields(value: unknown): Partial<DraftState> {
	if (typeof value !== 'object' || value === null || Array.isArray(value)) {
		return {};
	}
	const source = value as Record<string, unknown>;
	const picked: Partial<DraftState> = {};

	for (const name of TEXT_FIELDS) {
		const field = source[name];
		if (typeof field === 'string' && !SECRET_NAME.test(name)) {
			picked[name] = field;
		}
	}
	if (source['mode'] === 'mock' || source['mode'] === 'live') {
		picked.mode = source['mode'];
	}
	return picked;
}
