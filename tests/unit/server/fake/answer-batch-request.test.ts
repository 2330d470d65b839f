import { describe, expect, it } from 'vitest';

import type { SmsApiRequest } from '~/mocks/sms-api-types';
import { answerBatchRequest } from '~/server/fake/answer-batch-request';

const NOW = '2024-05-01T08:30:00.000Z';
const ID = '00000000-0000-4000-8000-000000000000';
const URL_BATCH = 'https://sms.8x8.com/api/v1/subaccounts/acme_hq/messages/batch';
const HEADERS = { authorization: 'Bearer AbCdEf123GhIjKl456', 'content-type': 'application/json' };
const FIXED = { now: () => new Date(NOW), newId: () => ID };
const JSON_HEADERS = { 'content-type': 'application/json' };

function batch(body: unknown, patch: Partial<SmsApiRequest> = {}): SmsApiRequest {
	return { method: 'POST', url: URL_BATCH, headers: HEADERS, body: JSON.stringify(body), ...patch };
}

function counts(accepted: number, rejected: number, clientBatchId: string | null = null) {
	const body = {
		batchId: ID,
		clientBatchId,
		acceptedCount: accepted,
		rejectedCount: rejected,
		messages: null,
	};
	return { status: 200, headers: JSON_HEADERS, body };
}

function failure(status: number, code: number, message: string) {
	return { status, headers: JSON_HEADERS, body: { code, message, errorId: ID, timestamp: NOW } };
}

describe('answerBatchRequest', () => {
	it('applies the template under each message', () => {
		const body = {
			template: { text: 'Your code is ready', source: 'Acme' },
			messages: [{ destination: '+6591234567' }, { destination: '+6591234568', text: 'Hi' }],
		};

		expect(answerBatchRequest(batch(body), FIXED)).toEqual(counts(2, 0));
	});

	it('sends the template to every entry of destinations', () => {
		const body = {
			clientBatchId: 'spring-sale',
			template: { text: 'Sale' },
			destinations: ['+6591234567', '+6591234568', '+6591234569'],
		};

		expect(answerBatchRequest(batch(body), FIXED)).toEqual(counts(3, 0, 'spring-sale'));
	});

	it.each([
		{ name: 'a bad destination', message: { destination: '0123', text: 'Hi' } },
		{ name: 'missing text', message: { destination: '+6591234567' } },
		{
			name: 'a sender over 11 letters',
			message: { destination: '+6591234567', text: 'Hi', source: 'Acme Support' },
		},
	])('counts a message with $name as rejected', ({ message }) => {
		const body = { messages: [{ destination: '+6591234567', text: 'Hi' }, message] };

		expect(answerBatchRequest(batch(body), FIXED)).toEqual(counts(1, 1));
	});

	it('answers like a single send when the key is missing', () => {
		const request = batch({ destinations: ['+6591234567'] }, { headers: JSON_HEADERS });

		expect(answerBatchRequest(request, FIXED)).toEqual(
			failure(401, 1200, 'Request was not authenticated properly'),
		);
	});

	it('answers 400 with code 1000 when the body is not JSON', () => {
		const answer = answerBatchRequest(batch({}, { body: '{"messages": [' }), FIXED);

		expect(answer.status).toBe(400);
		expect(answer.body).toMatchObject({ code: 1000 });
	});

	it.each([
		{ name: 'no list', body: { template: { text: 'Hi' } } },
		{ name: 'an empty list', body: { destinations: [] } },
		{ name: 'over 10000 items', body: { destinations: Array<string>(10_001).fill('+6591234567') } },
	])('answers 400 with code 1000 for $name', ({ body }) => {
		expect(answerBatchRequest(batch(body), FIXED)).toEqual(
			failure(400, 1000, 'Batch needs 1 to 10000 items in messages or destinations'),
		);
	});

	it('answers 400 with code 3014 when clientBatchId is over 20 characters', () => {
		const body = { clientBatchId: 'c'.repeat(21), destinations: ['+6591234567'] };

		expect(answerBatchRequest(batch(body), FIXED)).toEqual(
			failure(400, 3014, 'ClientBatchId too long'),
		);
	});
});
