import type { StorageLike } from '~/lib/state/safe-storage';

/** An in-memory `StorageLike`; `failWrites` / `failReads` make it throw like a blocked one. */
export class FakeStorage implements StorageLike {
	readonly items = new Map<string, string>();
	failWrites = false;
	failReads = false;

	getItem(name: string): string | null {
		if (this.failReads) {
			throw new Error('SecurityError: storage is blocked');
		}
		return this.items.get(name) ?? null;
	}

	setItem(name: string, value: string): void {
		if (this.failWrites) {
			throw new Error('QuotaExceededError: storage is full');
		}
		this.items.set(name, value);
	}

	removeItem(name: string): void {
		this.items.delete(name);
	}
}
