import { describe, expect, it, vi } from 'vitest';

import { createDraftStore } from '~/lib/state/create-draft-store';
import type { DraftState } from '~/lib/state/draft-state';

import { FakeStorage } from './fake-storage';

const KEY = 'AbCdEf123GhIjKl456MnOpQr789';

const DEFAULTS: DraftState = {
	regionId: 'ap',
	subAccountId: '',
	destination: '',
	defaultCountry: '',
	senderId: '',
	text: '',
	mode: 'mock',
};

// Lets the store write once, then returns the one storage name it used.
function storageNameOf(storage: FakeStorage): string {
	createDraftStore(storage).update({ text: 'probe' });
	const [name] = storage.items.keys();
	storage.items.clear();
	return name ?? '';
}

describe('createDraftStore', () => {
	it('starts from the defaults, with the given ones on top', () => {
		expect(createDraftStore(new FakeStorage()).get()).toEqual(DEFAULTS);
		expect(createDraftStore(undefined, { regionId: 'us' }).get()).toEqual({
			...DEFAULTS,
			regionId: 'us',
		});
	});

	it('keeps the draft in storage for the next step page', () => {
		const storage = new FakeStorage();
		createDraftStore(storage).update({ subAccountId: 'acme_hq', text: 'Hi', mode: 'live' });

		expect(createDraftStore(storage).get()).toEqual({
			...DEFAULTS,
			subAccountId: 'acme_hq',
			text: 'Hi',
			mode: 'live',
		});
	});

	it.each([
		{ name: 'broken JSON', stored: '{"text": "Hi"' },
		{ name: 'JSON null', stored: 'null' },
		{ name: 'a JSON array', stored: '[{"text":"Hi"}]' },
		{ name: 'foreign JSON', stored: '{"theme":"dark","sidebar":true}' },
		{ name: 'wrong types', stored: '{"text":5,"mode":"turbo","destination":null}' },
	])('ignores $name in storage', ({ stored }) => {
		const storage = new FakeStorage();
		storage.items.set(storageNameOf(storage), stored);

		expect(createDraftStore(storage).get()).toEqual(DEFAULTS);
	});

	it('takes the valid fields from a partly valid stored draft', () => {
		const storage = new FakeStorage();
		storage.items.set(storageNameOf(storage), '{"text":"Hi","destination":6591234567}');

		expect(createDraftStore(storage).get()).toEqual({ ...DEFAULTS, text: 'Hi' });
	});

	it('never keeps or stores fields named like a key, token or secret', () => {
		const storage = new FakeStorage();
		const store = createDraftStore(storage);
		const sneaky = { text: 'Hi', apiKey: KEY, token: KEY, clientSecret: KEY };

		store.update(sneaky);

		expect(store.get()).toEqual({ ...DEFAULTS, text: 'Hi' });
		expect([...storage.items.values()].join()).not.toContain(KEY);
	});

	it('ignores a key stored by someone else under the draft name', () => {
		const storage = new FakeStorage();
		storage.items.set(storageNameOf(storage), JSON.stringify({ text: 'Hi', apiKey: KEY }));

		expect(createDraftStore(storage).get()).toEqual({ ...DEFAULTS, text: 'Hi' });
	});

	it('calls subscribers now and on each change until they unsubscribe', () => {
		const store = createDraftStore(new FakeStorage());
		const listener = vi.fn();

		const unsubscribe = store.subscribe(listener);
		store.update({ destination: '+6591234567' });
		store.update({ destination: '+6591234567' });
		unsubscribe();
		store.update({ text: 'Hi' });

		expect(listener.mock.calls).toEqual([
			[DEFAULTS],
			[{ ...DEFAULTS, destination: '+6591234567' }],
		]);
	});

	it('goes back to the defaults and clears storage on reset', () => {
		const storage = new FakeStorage();
		const store = createDraftStore(storage, { regionId: 'eu' });
		store.update({ text: 'Hi' });

		store.reset();

		expect(store.get()).toEqual({ ...DEFAULTS, regionId: 'eu' });
		expect(storage.items.size).toBe(0);
	});

	it('keeps working in memory when the storage throws', () => {
		const storage = new FakeStorage();
		storage.failReads = true;
		storage.failWrites = true;
		const store = createDraftStore(storage);

		store.update({ text: 'Hi' });

		expect(store.get()).toEqual({ ...DEFAULTS, text: 'Hi' });
	});

	it('stores an optional field the draft did not hold before', () => {
		const storage = new FakeStorage();
		const store = createDraftStore(storage);

		store.update({ clientMessageId: '' });
		store.update({ clientMessageId: 'gmail-1' });

		expect(createDraftStore(storage).get()).toEqual({ ...DEFAULTS, clientMessageId: 'gmail-1' });
	});
});
