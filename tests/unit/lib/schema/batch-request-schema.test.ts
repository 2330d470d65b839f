import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';

import { batchRequestSchema, smsTemplateSchema } from '~/lib/schema/batch-request-schema';

import { batchSmsRequestExample, smsTemplateExample } from './openapi-examples';

describe('batchRequestSchema', () => {
	it('accepts the BatchSmsRequest example of the OpenAPI file', () => {
		expect(z.parse(batchRequestSchema, batchSmsRequestExample)).toEqual(batchSmsRequestExample);
	});

	it('accepts the SmsTemplateFull example of the OpenAPI file', () => {
		expect(z.parse(smsTemplateSchema, smsTemplateExample)).toEqual(smsTemplateExample);
	});

	it('leaves a message without encoding to the template', () => {
		const body = {
			messages: [{ destination: '+6591234567' }],
			template: { text: 'Hi', encoding: 'UCS2' },
		};
		expect(z.parse(batchRequestSchema, body)).toEqual(body);
	});

	it('accepts destinations with the template text alone', () => {
		const body = { destinations: ['+6591234567', '447700900123'], template: { text: 'Hi' } };
		expect(z.parse(batchRequestSchema, body)).toEqual({
			...body,
			template: { text: 'Hi', encoding: 'AUTO' },
		});
	});

	it.each([
		{ name: 'no messages and no destinations', body: { template: { text: 'Hi' } } },
		{ name: 'an empty messages list', body: { messages: [], template: { text: 'Hi' } } },
		{
			name: 'a message without text and no template',
			body: { messages: [{ destination: '+6591234567' }] },
		},
		{
			name: 'destinations without template text',
			body: { destinations: ['+6591234567'], template: {} },
		},
		{
			name: 'a 21-character clientBatchId',
			body: {
				destinations: ['+6591234567'],
				template: { text: 'Hi' },
				clientBatchId: 'b'.repeat(21),
			},
		},
		{
			name: 'a string includeMessagesInResponse',
			body: {
				destinations: ['+6591234567'],
				template: { text: 'Hi' },
				includeMessagesInResponse: 'true',
			},
		},
		{
			name: 'a destination with a space',
			body: { destinations: ['+65 91234567'], template: { text: 'Hi' } },
		},
	])('rejects $name', ({ body }) => {
		expect(z.safeParse(batchRequestSchema, body).success).toBe(false);
	});

	it('accepts 10,000 destinations and rejects 10,001', () => {
		const numbers = Array.from({ length: 10_001 }, (_, index) => `+65${80_000_000 + index}`);
		const body = (count: number) => ({
			destinations: numbers.slice(0, count),
			template: { text: 'Hi' },
		});
		expect(z.safeParse(batchRequestSchema, body(10_000)).success).toBe(true);
		expect(z.safeParse(batchRequestSchema, body(10_001)).success).toBe(false);
	});
});
