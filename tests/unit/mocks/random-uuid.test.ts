import { afterEach, describe, expect, it, vi } from 'vitest';

import { randomUuid } from '~/mocks/random-uuid';

const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

afterEach(() => {
	vi.unstubAllGlobals();
});

describe('randomUuid', () => {
	it('returns a version 4 UUID', () => {
		expect(randomUuid()).toMatch(UUID_V4);
	});

	it('builds a version 4 UUID from random bytes where randomUUID is missing', () => {
		const getRandomValues = <T extends ArrayBufferView>(array: T): T => {
			new Uint8Array(array.buffer).fill(0xff);
			return array;
		};
		vi.stubGlobal('crypto', { getRandomValues });
		expect(randomUuid()).toBe('ffffffff-ffff-4fff-bfff-ffffffffffff');
	});
});
