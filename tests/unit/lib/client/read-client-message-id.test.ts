import { describe, expect, it } from 'vitest';

import { readClientMessageId } from '~/lib/client/read-client-message-id';

describe('readClientMessageId', () => {
	it.each([
		{ name: 'the body field', body: '{"clientMessageId":"order-1"}', fallback: 'x', id: 'order-1' },
		{ name: 'the fallback without one', body: '{"text":"Hi"}', fallback: 'draft-1', id: 'draft-1' },
		{ name: 'the fallback for bad JSON', body: '{', fallback: 'draft-1', id: 'draft-1' },
		{
			name: 'nothing for an empty field',
			body: '{"clientMessageId":" "}',
			fallback: '',
			id: undefined,
		},
		{ name: 'nothing for a number', body: '{"clientMessageId":7}', fallback: 7, id: undefined },
		{ name: 'nothing for an array body', body: '[]', fallback: undefined, id: undefined },
	])('returns $name', ({ body, fallback, id }) => {
		expect(readClientMessageId(body, fallback)).toBe(id);
	});
});
