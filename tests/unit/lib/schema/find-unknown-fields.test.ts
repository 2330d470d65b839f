import { describe, expect, it } from 'vitest';

import { findUnknownFields } from '~/lib/schema/find-unknown-fields';

const KNOWN = ['destination', 'text', 'source', 'clientMessageId', 'encoding'];

function fixes(value: unknown): string[] {
	return findUnknownFields(value, KNOWN).map((issue) => `${issue.path}: ${issue.fix}`);
}

describe('findUnknownFields', () => {
	it.each([
		{ key: 'destinaton', field: 'destination' },
		{ key: 'Destination', field: 'destination' },
		{ key: 'client_message_id', field: 'clientMessageId' },
		{ key: 'sorce', field: 'source' },
		{ key: 'txt', field: 'text' },
		{ key: 'encodng', field: 'encoding' },
	])('suggests $field for $key', ({ key, field }) => {
		expect(fixes({ [key]: 1 })).toEqual([`${key}: Rename it to ${field}.`]);
	});

	it.each([{ key: 'to' }, { key: 'dest' }, { key: 'priority' }])(
		'suggests nothing for $key',
		({ key }) => {
			expect(fixes({ [key]: 1 })).toEqual([
				`${key}: Remove it, or compare its name with the request fields reference.`,
			]);
		},
	);

	it('prefixes the path and words the warning', () => {
		expect(findUnknownFields({ to: 1 }, KNOWN, 'messages[3]')).toMatchInlineSnapshot(`
			[
			  {
			    "code": "SCHEMA_UNKNOWN_FIELD",
			    "detail": "Fields outside 8x8’s list are ignored, so this value is not sent.",
			    "fix": "Remove it, or compare its name with the request fields reference.",
			    "path": "messages[3].to",
			    "severity": "warning",
			    "title": "8x8 does not know the field “to”.",
			  },
			]
		`);
	});

	it.each([{ value: null }, { value: [1] }, { value: 'text' }, { value: undefined }])(
		'returns nothing for $value',
		({ value }) => {
			expect(findUnknownFields(value, KNOWN)).toEqual([]);
		},
	);
});
