import { describe, expect, it } from 'vitest';

import { redactHeaders, scrubSecrets } from '~/lib/client/redact-secrets';

const KEY = 'AbCdEf123GhIjKl456MnOpQr789';

describe('redactHeaders', () => {
	it('hides secret values and keeps the scheme', () => {
		const headers = {
			Authorization: `Bearer ${KEY}`,
			'proxy-authorization': `Basic ${KEY}`,
			'X-Api-Key': KEY,
			Cookie: 'session=1',
			'Content-Type': 'application/json',
		};
		expect(redactHeaders(headers)).toEqual({
			Authorization: 'Bearer [redacted]',
			'proxy-authorization': 'Basic [redacted]',
			'X-Api-Key': '[redacted]',
			Cookie: '[redacted]',
			'Content-Type': 'application/json',
		});
	});

	it.each([
		{ name: 'Authorisation' },
		{ name: ' Authorization' },
		{ name: 'Authorization:' },
		{ name: 'X-Auth-Token' },
	])('hides the value of a misspelt or padded name "$name"', ({ name }) => {
		expect(redactHeaders({ [name]: `Bearer ${KEY}` })).toEqual({ [name]: 'Bearer [redacted]' });
	});

	it('hides a key sent without a scheme entirely', () => {
		expect(redactHeaders({ authorization: KEY })).toEqual({ authorization: '[redacted]' });
	});
});

describe('scrubSecrets', () => {
	it('replaces the key with and without its scheme', () => {
		const text = `auth=Bearer ${KEY}; raw=${KEY}`;
		const scrubbed = scrubSecrets(text, { Authorization: `Bearer ${KEY}` });
		expect(scrubbed).toBe('auth=[redacted]; raw=[redacted]');
	});

	it('leaves text alone when a secret is too short to tell from ordinary words', () => {
		const text = 'Bearer x said: Bearer xyz12';
		expect(scrubSecrets(text, { Authorization: 'Bearer xyz12' })).toBe(text);
	});
});
