// Ships to the browser: keep it free of secrets and heavy imports.

import { atom } from 'nanostores';

import { pickDraftFields, type DraftState } from './draft-state';
import { createSafeStorage, type StorageLike } from './safe-storage';

/** The reader's draft, kept per tab so it survives moving between step pages. */
export interface DraftStore {
	get(): Readonly<DraftState>;
	/**
	 * Merges the fields that are valid draft fields (see `pickDraftFields`) and stores the
	 * result; anything else in `partial`, such as an `apiKey`, is dropped.
	 */
	update(partial: Partial<DraftState>): void;
	/** Goes back to the defaults and removes the stored draft. */
	reset(): void;
	/** Calls `listener` now and on every change; returns the function that unsubscribes. */
	subscribe(listener: (draft: Readonly<DraftState>) => void): () => void;
}

const STORAGE_NAME = 'sms-guide:draft';

// regionId 'ap' mirrors DEFAULT_REGION_ID in ~/lib/sms/regions.ts; state stays independent
// of sms, so callers that want another default pass it in `defaults`.
const EMPTY_DRAFT: DraftState = {
	regionId: 'ap',
	subAccountId: '',
	destination: '',
	defaultCountry: '',
	senderId: '',
	text: '',
	mode: 'mock',
};

/**
 * Creates the draft store. It starts from `defaults` overlaid with whatever valid fields
 * `storage` (session storage in the browser) holds; corrupt or foreign JSON there is ignored.
 * Storage failures are ignored too: the draft then lives in memory only. Never throws.
 */
export function createDraftStore(
	storage?: StorageLike,
	defaults: Partial<DraftState> = {},
): DraftStore {
	const tab = createSafeStorage(storage);
	const initial = { ...EMPTY_DRAFT, ...pickDraftFields(defaults) };
	const $draft = atom<DraftState>({
		...initial,
		...pickDraftFields(parse(tab.read(STORAGE_NAME))),
	});

	return {
		get: () => $draft.get(),
		update: (partial) => {
			const current = $draft.get();
			const next = { ...current, ...pickDraftFields(partial) };
			if (isSameDraft(current, next)) {
				return;
			}
			$draft.set(next);
			tab.write(STORAGE_NAME, JSON.stringify(next));
		},
		reset: () => {
			tab.remove(STORAGE_NAME);
			$draft.set({ ...initial });
		},
		subscribe: (listener) => $draft.subscribe((draft) => listener(draft)),
	};
}

// `next` holds every key of `current`, and optional fields may be new in it.
const isSameDraft = (current: DraftState, next: DraftState): boolean =>
	(Object.keys(next) as (keyof DraftState)[]).every((name) => current[name] === next[name]);

function parse(text: string | undefined): unknown {
	try {
		return text === undefined ? undefined : JSON.parse(text);
	} catch {
		return undefined;
	}
}
