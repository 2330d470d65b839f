import { describe, expect, it } from 'vitest';

import { pickDraftFields } from '~/lib/state/draft-state';

describe('pickDraftFields', () => {
	it('keeps every known field with the right type', () => {
		const draft = {
			regionId: 'eu',
			subAccountId: 'acme_hq',
			destination: '+6591234567',
			defaultCountry: 'SG',
			senderId: 'AcmeAlerts',
			text: `Don't reply! Order "A&B"`,
			clientMessageId: 'gmail-18c2f0a1b2c3d4e5',
			encoding: 'UCS2',
			scheduled: '2026-12-24T09:00:00+08:00',
			expiry: '2026-12-24T10:00:00+08:00',
			dlrCallbackUrl: 'https://example.com/dlr',
			track: 'Outcome',
			mode: 'live',
		};

		expect(pickDraftFields(draft)).toEqual(draft);
	});

	it.each([
		{ name: 'null', value: null },
		{ name: 'an array', value: ['text'] },
		{ name: 'a string', value: '{"text":"Hi"}' },
		{ name: 'a number', value: 42 },
		{ name: 'undefined', value: undefined },
	])('returns no fields for $name', ({ value }) => {
		expect(pickDraftFields(value)).toEqual({});
	});

	it('drops fields of the wrong type, unknown modes and foreign fields', () => {
		const value = { text: 'Hi', destination: 6591234567, mode: 'turbo', theme: 'dark' };

		expect(pickDraftFields(value)).toEqual({ text: 'Hi' });
	});

	it('drops every field named like a key, token or secret', () => {
		const value = {
			text: 'Hi',
			apiKey: 'AbCdEf123GhIjKl456MnOpQr789',
			key: 'k',
			token: 't',
			accessToken: 't',
			clientSecret: 's',
			password: 'p',
			authorization: 'Bearer AbCdEf123GhIjKl456MnOpQr789',
		};

		expect(pickDraftFields(value)).toEqual({ text: 'Hi' });
	});
});
