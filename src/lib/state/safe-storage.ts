// Ships to the browser: keep it free of secrets and heavy imports.

/** The part of the Web Storage API the stores use; in the browser, pass `sessionStorage`. */
export interface StorageLike {
	getItem(name: string): string | null;
	setItem(name: string, value: string): void;
	removeItem(name: string): void;
}

/** Storage access that never throws; see `createSafeStorage`. */
export interface SafeStorage {
	/** False when no storage was given. */
	available: boolean;
	/** Returns the stored text, or `undefined` when there is none or reading failed. */
	read(name: string): string | undefined;
	/** Returns false when nothing could be stored (no storage, quota full, access blocked). */
	write(name: string, value: string): boolean;
	remove(name: string): void;
}

/**
 * Wraps a storage so that every call is safe: with no storage, or when the browser throws
 * (storage blocked by the browser settings, a full quota), reads give `undefined` and writes
 * report false instead of throwing.
 */
export function createSafeStorage(storage?: StorageLike): SafeStorage {
	return {
		available: storage !== undefined,
		read: (name) => attempt(() => storage?.getItem(name) ?? undefined, undefined),
		write: (name, value) =>
			attempt(() => {
				storage?.setItem(name, value);
				return storage !== undefined;
			}, false),
		remove: (name) => attempt(() => storage?.removeItem(name), undefined),
	};
}

function attempt<T>(action: () => T, fallback: T): T {
	try {
		return action();
	} catch {
		return fallback;
	}
}
