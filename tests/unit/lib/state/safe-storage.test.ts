import { describe, expect, it } from 'vitest';

import { createSafeStorage } from '~/lib/state/safe-storage';

import { FakeStorage } from './fake-storage';

describe('createSafeStorage', () => {
	it('reads, writes and removes through the given storage', () => {
		const storage = new FakeStorage();
		const safe = createSafeStorage(storage);

		expect(safe.write('a', '1')).toBe(true);
		expect(safe.read('a')).toBe('1');
		safe.remove('a');
		expect(safe.read('a')).toBeUndefined();
		expect(safe.available).toBe(true);
	});

	it('reports failure instead of throwing when the storage throws', () => {
		const storage = new FakeStorage();
		storage.failReads = true;
		storage.failWrites = true;
		const safe = createSafeStorage(storage);

		expect(safe.write('a', '1')).toBe(false);
		expect(safe.read('a')).toBeUndefined();
	});

	it('works without a storage', () => {
		const safe = createSafeStorage();

		expect(safe.available).toBe(false);
		expect(safe.write('a', '1')).toBe(false);
		expect(safe.read('a')).toBeUndefined();
		expect(() => safe.remove('a')).not.toThrow();
	});
});
