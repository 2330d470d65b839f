// Ships to the browser: keep it free of secrets and heavy imports.

import { atom } from 'nanostores';

import { createSafeStorage, type StorageLike } from './safe-storage';

/** Where the key lives: `memory` (gone on reload) or `tab` (session storage of this tab). */
export type KeyPersistence = 'memory' | 'tab';

/** What subscribers receive. */
export interface KeyState {
	/** The key as entered; an empty string when there is none. */
	key: string;
	where: KeyPersistence;
}

/** The reader's API key, memory-only unless the reader opts in to keeping it in the tab. */
export interface KeyStore {
	get(): string;
	/** Replaces the key; in `tab` mode it is stored too (an empty key removes the entry). */
	set(key: string): void;
	where(): KeyPersistence;
	/**
	 * Moves the key to `tab` (written to the storage given here or at creation) or back to
	 * `memory` (removed from storage). Returns where the key ends up: `memory` when no storage
	 * is available or it refuses the write.
	 */
	setPersistence(where: KeyPersistence, storage?: StorageLike): KeyPersistence;
	/** Clears the key from memory and storage and goes back to `memory`. */
	forget(): void;
	/** Calls `listener` now and on every change; returns the function that unsubscribes. */
	subscribe(listener: (state: KeyState) => void): () => void;
}

const STORAGE_NAME = 'sms-guide:api-key';

/**
 * Creates the key store. When `storage` already holds a key (the reader opted in earlier in
 * this tab), the store starts with it and `where()` is `tab`. Never throws on storage errors.
 */
export function createKeyStore(storage?: StorageLike): KeyStore {
	let tab = createSafeStorage(storage);
	const stored = tab.read(STORAGE_NAME) ?? '';
	const $state = atom<KeyState>({ key: stored, where: stored === '' ? 'memory' : 'tab' });

	const change = (next: KeyState): void => {
		const current = $state.get();
		if (current.key !== next.key || current.where !== next.where) {
			$state.set(next);
		}
	};

	// Falls back to memory when the storage refuses, so `where()` never claims a copy that
	// does not exist.
	const keep = (key: string, where: KeyPersistence): KeyPersistence => {
		if (where === 'tab' && key !== '' && tab.write(STORAGE_NAME, key)) {
			return 'tab';
		}
		tab.remove(STORAGE_NAME);
		if (where === 'tab' && key === '' && tab.available) {
			return 'tab';
		}
		return 'memory';
	};

	return {
		get: () => $state.get().key,
		where: () => $state.get().where,
		set: (key) => change({ key, where: keep(key, $state.get().where) }),
		setPersistence: (where, nextStorage) => {
			if (nextStorage !== undefined) {
				tab.remove(STORAGE_NAME);
				tab = createSafeStorage(nextStorage);
			}
			change({ key: $state.get().key, where: keep($state.get().key, where) });
			return $state.get().where;
		},
		forget: () => {
			tab.remove(STORAGE_NAME);
			change({ key: '', where: 'memory' });
		},
		subscribe: (listener) => $state.subscribe((state) => listener(state)),
	};
}
