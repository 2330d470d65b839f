import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';

import { batchRequestSchema } from '~/lib/schema/batch-request-schema';
import { listSchemaFields } from '~/lib/schema/list-schema-fields';
import { smsRequestSchema } from '~/lib/schema/sms-request-schema';

describe('listSchemaFields', () => {
	it('lists the SmsRequest fields in order, with the two required ones', () => {
		const rows = listSchemaFields(smsRequestSchema);
		expect(rows.map(({ name, required }) => `${name}${required ? ' (required)' : ''}`)).toEqual([
			'destination (required)',
			'text (required)',
			'source',
			'clientMessageId',
			'encoding',
			'country',
			'scheduled',
			'expiry',
			'dlrCallbackUrl',
			'clientIp',
			'track',
		]);
	});

	it('describes every field in one sentence', () => {
		for (const row of listSchemaFields(smsRequestSchema)) {
			expect(row.description, row.name).toMatch(/^[A-Z].*\.$/);
		}
	});

	it('turns keywords and notes into rules', () => {
		const rows = listSchemaFields(smsRequestSchema);
		const rules = (name: string) => rows.find((row) => row.name === name)?.rules;
		expect(rules('destination')).toEqual([
			{ text: 'Matches', values: ['^\\+{0,1}[1-9]{1}[0-9]{6,14}$'] },
			{ text: 'A national number is read only together with country, and still has no leading 0.' },
		]);
		expect(rules('encoding')).toEqual([
			{ text: 'One of', values: ['AUTO', 'GSM7', 'UCS2'] },
			{ text: 'Default', values: ['AUTO'] },
		]);
		expect(rules('scheduled')).toEqual([
			{ text: 'ISO 8601 date-time' },
			{ text: 'With a Z or ±hh:mm offset, such as 2016-11-07T19:20:30+08:00.' },
		]);
	});

	it('names list types and item counts', () => {
		const rows = listSchemaFields(batchRequestSchema);
		const destinations = rows.find((row) => row.name === 'destinations');
		expect(destinations?.type).toBe('array of strings');
		expect(destinations?.rules).toContainEqual({ text: '1 to 10,000 items' });
		expect(rows.find((row) => row.name === 'messages')?.type).toBe('array of objects');
	});

	it('refuses a schema that is not an object', () => {
		expect(() => listSchemaFields(z.string())).toThrow('object schema');
	});
});
