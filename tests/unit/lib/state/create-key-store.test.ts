import { describe, expect, it, vi } from 'vitest';

import { createKeyStore } from '~/lib/state/create-key-store';

import { FakeStorage } from './fake-storage';

const KEY = 'AbCdEf123GhIjKl456MnOpQr789';

const storedValues = (storage: FakeStorage): string[] => [...storage.items.values()];

describe('createKeyStore', () => {
	it('keeps the key in memory only by default', () => {
		const storage = new FakeStorage();
		const store = createKeyStore(storage);

		store.set(KEY);

		expect(store.get()).toBe(KEY);
		expect(store.where()).toBe('memory');
		expect(storage.items.size).toBe(0);
	});

	it('writes the key to the tab storage under one name once the reader opts in', () => {
		const storage = new FakeStorage();
		const store = createKeyStore(storage);
		store.set(KEY);

		expect(store.setPersistence('tab')).toBe('tab');
		expect(storedValues(storage)).toEqual([KEY]);

		store.set('NewKey0123456789');
		expect(storedValues(storage)).toEqual(['NewKey0123456789']);
	});

	it('removes the key from storage when switched back to memory and keeps it in memory', () => {
		const storage = new FakeStorage();
		const store = createKeyStore(storage);
		store.set(KEY);
		store.setPersistence('tab');

		expect(store.setPersistence('memory')).toBe('memory');
		expect(storage.items.size).toBe(0);
		expect(store.get()).toBe(KEY);
	});

	it('restores a key kept in the tab when a new page creates the store', () => {
		const storage = new FakeStorage();
		const first = createKeyStore(storage);
		first.setPersistence('tab');
		first.set(KEY);

		const next = createKeyStore(storage);

		expect(next.get()).toBe(KEY);
		expect(next.where()).toBe('tab');
	});

	it('forgets the key in memory and storage and goes back to memory', () => {
		const storage = new FakeStorage();
		const store = createKeyStore(storage);
		store.set(KEY);
		store.setPersistence('tab');

		store.forget();

		expect(store.get()).toBe('');
		expect(store.where()).toBe('memory');
		expect(storage.items.size).toBe(0);
		expect(createKeyStore(storage).get()).toBe('');
	});

	it('stays in tab mode without storing anything while the key is empty', () => {
		const storage = new FakeStorage();
		const store = createKeyStore(storage);

		expect(store.setPersistence('tab')).toBe('tab');
		expect(storage.items.size).toBe(0);

		store.set(KEY);
		store.set('');
		expect(store.where()).toBe('tab');
		expect(storage.items.size).toBe(0);
	});

	it('stays in memory when there is no storage', () => {
		const store = createKeyStore();
		store.set(KEY);

		expect(store.setPersistence('tab')).toBe('memory');
		expect(store.where()).toBe('memory');
	});

	it('falls back to memory without throwing when the storage refuses the write', () => {
		const storage = new FakeStorage();
		storage.failWrites = true;
		const store = createKeyStore(storage);
		store.set(KEY);

		expect(store.setPersistence('tab')).toBe('memory');
		expect(store.get()).toBe(KEY);
	});

	it('starts empty in memory when reading the storage throws', () => {
		const storage = new FakeStorage();
		storage.items.set('anything', KEY);
		storage.failReads = true;

		const store = createKeyStore(storage);

		expect(store.get()).toBe('');
		expect(store.where()).toBe('memory');
	});

	it('moves the key to the storage passed with setPersistence', () => {
		const first = new FakeStorage();
		const second = new FakeStorage();
		const store = createKeyStore(first);
		store.set(KEY);
		store.setPersistence('tab');

		store.setPersistence('tab', second);

		expect(first.items.size).toBe(0);
		expect(storedValues(second)).toEqual([KEY]);
	});

	it('calls subscribers now and on each change until they unsubscribe', () => {
		const store = createKeyStore(new FakeStorage());
		const listener = vi.fn();

		const unsubscribe = store.subscribe(listener);
		store.set(KEY);
		store.set(KEY);
		store.setPersistence('tab');
		unsubscribe();
		store.forget();

		expect(listener.mock.calls).toEqual([
			[{ key: '', where: 'memory' }],
			[{ key: KEY, where: 'memory' }],
			[{ key: KEY, where: 'tab' }],
		]);
	});
});
