// Ships to the browser: the one state every widget on a page shares. The API key lives in
// `keyStore` (memory unless the reader opts in); the draft holds nothing secret.
import { atom, computed } from 'nanostores';

import { cleanApiKey } from '~/lib/auth/clean-api-key';
import type { Issue } from '~/lib/issue';
import { checkSmsDraft, type CheckSmsRequest, type DraftCheck } from '~/lib/sms/check-sms-draft';
import type { normalizeDestination } from '~/lib/sms/normalize-destination';
import { createDraftStore } from '~/lib/state/create-draft-store';
import { createKeyStore } from '~/lib/state/create-key-store';

import { afterPageLoad } from './after-page-load';
import { getTabStorage } from './tab-storage';

type NormalizeDestination = typeof normalizeDestination;

export const keyStore = createKeyStore(getTabStorage());
export const draftStore = createDraftStore(getTabStorage());

const $draft = atom(draftStore.get());
draftStore.subscribe((draft) => $draft.set(draft));
const $phone = atom<NormalizeDestination | undefined>(undefined);
const $schema = atom<CheckSmsRequest | undefined>(undefined);

// Until the phone library arrives the destination is simply not checked yet; nothing is
// guessed. The library loads when the reader first focuses the request form, when a draft
// already holds a destination, or when Send is pressed.
const pendingPhone: NormalizeDestination = () => ({ ok: false, issues: [] });

const $draftCheck = computed([$draft, $phone, $schema], (draft, phone, schema) =>
	checkSmsDraft(draft, phone ?? pendingPhone, schema),
);

let phoneLoading: Promise<void> | undefined;
let schemaLoading: Promise<void> | undefined;

// The schema library (zod) is only needed once an optional field holds a value, so it loads
// then, whichever widget or restored draft put the value there.
$draftCheck.subscribe((check) => {
	if (check.optionalPending) {
		afterPageLoad(() => void loadRequestSchema());
	}
});

/** Starts loading the request schema once; resolves when optional fields can be checked. */
export function loadRequestSchema(): Promise<void> {
	// A failed load (say, the network dropped) is forgotten, so the next change tries again.
	schemaLoading ??= import('~/lib/schema/check-sms-request').then(
		(module) => $schema.set(module.checkSmsRequest),
		() => {
			schemaLoading = undefined;
		},
	);
	return schemaLoading;
}

/** Starts loading the phone-number library once; resolves when destinations can be checked. */
export function loadPhoneLibrary(): Promise<void> {
	phoneLoading ??= import('~/lib/sms/normalize-destination').then((module) => {
		$phone.set(module.normalizeDestination);
	});
	return phoneLoading;
}

/** Returns true while destinations cannot be checked yet. */
export function isPhonePending(): boolean {
	return $phone.get() === undefined;
}

/** Returns the check of the current draft, computed once per change for all widgets. */
export function getDraftCheck(): DraftCheck {
	return $draftCheck.get();
}

/** Calls `listener` now and whenever the draft or its check changes. */
export function subscribeToRequest(listener: (check: DraftCheck) => void): () => void {
	return $draftCheck.subscribe(listener);
}

/** The cleaned key to send with, and the findings that stop it from being used. */
export function getSendableKey(): { key: string; issues: Issue[] } {
	const raw = keyStore.get();
	if (raw.trim() === '') {
		return { key: '', issues: [MISSING_KEY] };
	}
	const checked = cleanApiKey(raw);
	return checked.ok
		? { key: checked.value.key, issues: checked.issues }
		: { key: '', issues: checked.issues };
}

const MISSING_KEY: Issue = {
	code: 'API_KEY_MISSING_FOR_SEND',
	severity: 'error',
	path: 'apiKey',
	title: 'No API key on this page yet.',
	detail:
		'The key is kept in page memory only, so it does not follow you from another step unless ' +
		'you ticked "Keep the key for this tab". The mock accepts any well-formed key.',
	fix: 'Paste your key (or a made-up one such as AbCdEf123GhIjKl456MnOpQr789) in the API key box.',
};
