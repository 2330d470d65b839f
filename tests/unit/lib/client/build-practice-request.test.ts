import { describe, expect, it } from 'vitest';

import { buildPracticeRequest } from '~/lib/client/build-practice-request';

const typed = {
	regionId: 'ap',
	subAccountId: 'acme_hq',
	destination: '91234567',
	senderId: '',
	text: 'Hi',
	apiKey: 'AbCdEf123GhIjKl456MnOpQr789',
};

describe('buildPracticeRequest', () => {
	it('keeps the typed values as they are', () => {
		expect(buildPracticeRequest(typed)).toEqual({
			url: 'https://sms.8x8.com/api/v1/subaccounts/acme_hq/messages',
			headers: {
				'Content-Type': 'application/json',
				Authorization: 'Bearer AbCdEf123GhIjKl456MnOpQr789',
			},
			body: '{"destination":"91234567","text":"Hi"}',
		});
	});

	it('percent-encodes a subaccount with a space into one path segment', () => {
		const { url } = buildPracticeRequest({ ...typed, subAccountId: 'acme hq', regionId: 'eu' });
		expect(url).toBe('https://sms.8x8.uk/api/v1/subaccounts/acme%20hq/messages');
	});

	it('sends no Authorization header without a key and adds a typed sender', () => {
		const request = buildPracticeRequest({ ...typed, apiKey: '', senderId: 'Acme Support' });
		expect(request.headers).toEqual({ 'Content-Type': 'application/json' });
		expect(JSON.parse(request.body)).toEqual({
			destination: '91234567',
			text: 'Hi',
			source: 'Acme Support',
		});
	});

	it('escapes quotes and line breaks through the JSON serializer', () => {
		const text = 'Order "A&B"\r\n\tdone';
		const request = buildPracticeRequest({ ...typed, text });
		expect(request.body).toBe('{"destination":"91234567","text":"Order \\"A&B\\"\\r\\n\\tdone"}');
		expect((JSON.parse(request.body) as { text: string }).text).toBe(text);
	});

	it('falls back to the default host for an unknown region', () => {
		expect(buildPracticeRequest({ ...typed, regionId: 'mars' }).url).toMatch(
			/^https:\/\/sms\.8x8\.com\//,
		);
	});
});
