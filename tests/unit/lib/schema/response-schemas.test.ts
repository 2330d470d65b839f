import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';

import {
	batchSmsResponseSchema,
	errorResponseSchema,
	smsResponseSchema,
	smsStatusSchema,
} from '~/lib/schema/response-schemas';

import {
	batchSmsResponseExamples,
	errorResponseExamples,
	smsResponseExamples,
	smsStatusExample,
} from './openapi-examples';

describe('response schemas', () => {
	it('accept the SmsStatus example of the OpenAPI file', () => {
		expect(z.parse(smsStatusSchema, smsStatusExample)).toEqual(smsStatusExample);
	});

	it.each(smsResponseExamples.map((body, index) => ({ index, body })))(
		'accept SmsResponse example $index of the OpenAPI file',
		({ body }) => {
			expect(z.parse(smsResponseSchema, body)).toEqual(body);
		},
	);

	it.each(batchSmsResponseExamples.map((body, index) => ({ index, body })))(
		'accept BatchSmsResponse example $index of the OpenAPI file',
		({ body }) => {
			expect(z.parse(batchSmsResponseSchema, body)).toEqual(body);
		},
	);

	it.each(errorResponseExamples.map((body) => ({ code: body.code, body })))(
		'accept the ErrorResponse example with code $code',
		({ body }) => {
			expect(z.parse(errorResponseSchema, body)).toEqual(body);
		},
	);

	it('accept the null fields that 8x8 tutorials show', () => {
		const single = {
			umid: 'f9eaeb51-24fd-e611-813c-06ed3428fe67',
			clientMessageId: null,
			destination: '6512345678',
			encoding: 'GSM7',
			status: { code: 'QUEUED', description: 'SMS is accepted and queued for processing' },
		};
		const batch = {
			batchId: '1328cb94-e714-eb11-8278-00155d9f27ac',
			clientBatchId: null,
			acceptedCount: 2,
			rejectedCount: 0,
			messages: null,
		};
		expect(z.safeParse(smsResponseSchema, single).success).toBe(true);
		expect(z.safeParse(batchSmsResponseSchema, batch).success).toBe(true);
	});

	it('accept an error body without message, which the OpenAPI file does not require', () => {
		const body = {
			code: 2000,
			errorId: 'db9dced4-3534-4d86-9d18-6b448af0d621',
			timestamp: '2020-07-06T07:07:00Z',
		};
		expect(z.safeParse(errorResponseSchema, body).success).toBe(true);
	});

	it.each([
		{
			name: 'a status code outside the enum',
			patch: { status: { code: 'SENT', description: 'x' } },
		},
		{ name: 'no umid', patch: { umid: undefined } },
		{ name: 'a destination with letters', patch: { destination: '65abc' } },
		{ name: 'a numeric encoding', patch: { encoding: 7 } },
	])('reject an SmsResponse with $name', ({ patch }) => {
		const body = { ...smsResponseExamples[0], ...patch };
		expect(z.safeParse(smsResponseSchema, body).success).toBe(false);
	});

	it.each([
		{ name: 'a string code', patch: { code: '1200' } },
		{ name: 'a fractional code', patch: { code: 12.5 } },
		{ name: 'an errorId that is not a GUID', patch: { errorId: 'abc' } },
		{ name: 'a timestamp without offset', patch: { timestamp: '2020-07-06T07:07:00' } },
	])('reject an ErrorResponse with $name', ({ patch }) => {
		const body = { ...errorResponseExamples[0], ...patch };
		expect(z.safeParse(errorResponseSchema, body).success).toBe(false);
	});
});
