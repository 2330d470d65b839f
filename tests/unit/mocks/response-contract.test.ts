import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';

import { errorResponseSchema, smsResponseSchema } from '~/lib/schema/response-schemas';
import { answerSmsRequest } from '~/mocks/sms-api-model';
import type { SmsApiRequest } from '~/mocks/sms-api-types';

const URL_AP = 'https://sms.8x8.com/api/v1/subaccounts/acme_hq/messages';
const HEADERS = {
	Authorization: 'Bearer AbCdEf123GhIjKl456MnOpQr789',
	'Content-Type': 'application/json',
};

function request(patch: Partial<SmsApiRequest> & { json?: unknown } = {}): SmsApiRequest {
	const { json = { destination: '+6591234567', text: 'Hi' }, ...rest } = patch;
	return { method: 'POST', url: URL_AP, headers: HEADERS, body: JSON.stringify(json), ...rest };
}

const successes = [
	{ name: 'a queued message', patch: {} },
	{
		name: 'a message with a clientMessageId',
		patch: { json: { destination: '447700900123', text: 'Hi 🔥', clientMessageId: 'gmail-1' } },
	},
	{
		name: 'a rejected sender name',
		patch: { json: { destination: '+6591234567', text: 'Hi', source: 'Acme Support' } },
	},
];

const failures = [
	{ name: 'an unknown path', patch: { url: 'https://sms.8x8.com/api/v1/messages' } },
	{ name: 'another method', patch: { method: 'PUT' } },
	{ name: 'no key', patch: { headers: { 'Content-Type': 'application/json' } } },
	{ name: 'an illegal subaccount', patch: { url: URL_AP.replace('acme_hq', 'a') } },
	{ name: 'a practice subaccount', patch: { url: URL_AP.replace('acme_hq', 'mock-rate-limited') } },
	{ name: 'a form body', patch: { headers: { ...HEADERS, 'Content-Type': 'text/plain' } } },
	{ name: 'broken JSON', patch: { body: '{"destination": +6591234567}' } },
	{ name: 'a numeric destination', patch: { json: { destination: 6591234567, text: 'Hi' } } },
	{ name: 'a blank text', patch: { json: { destination: '+6591234567', text: '\r\n' } } },
	{
		name: 'a bad country',
		patch: { json: { destination: '+6591234567', text: 'Hi', country: 'SGP' } },
	},
];

describe('answerSmsRequest and the response schemas', () => {
	it.each(successes)('answers $name with a body SmsResponse accepts', ({ patch }) => {
		const answer = answerSmsRequest(request(patch));
		expect(answer.status).toBe(200);
		expect(z.safeParse(smsResponseSchema, answer.body).error?.issues).toBeUndefined();
	});

	it.each(failures)('answers $name with a body ErrorResponse accepts', ({ patch }) => {
		const answer = answerSmsRequest(request(patch));
		expect(answer.status).toBeGreaterThanOrEqual(400);
		expect(z.safeParse(errorResponseSchema, answer.body).error?.issues).toBeUndefined();
	});
});
