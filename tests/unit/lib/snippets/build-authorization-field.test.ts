import { describe, expect, it } from 'vitest';

import { buildAuthorizationField } from '~/lib/snippets/build-authorization-field';

const KEY = 'AbCdEf123GhIjKl456MnOpQr789';
const PLACE = {
	step: 'Webhooks by Zapier: Custom Request',
	field: 'Headers',
	name: 'Authorization',
};

describe('buildAuthorizationField', () => {
	it('shows the revealed key with no note', () => {
		expect(buildAuthorizationField(PLACE, KEY, { revealKey: true })).toEqual({
			...PLACE,
			value: `Bearer ${KEY}`,
		});
	});

	it('masks the key by default and says to type the full key', () => {
		expect(buildAuthorizationField(PLACE, KEY)).toEqual({
			...PLACE,
			value: 'Bearer AbCd…r789',
			note: 'The key is masked here: type your full key after Bearer.',
		});
	});

	it('shows the placeholder and asks for the key when none is entered', () => {
		expect(
			buildAuthorizationField({ step: 'n8n', field: 'Value' }, ' ', { revealKey: true }),
		).toEqual({
			step: 'n8n',
			field: 'Value',
			value: 'Bearer <YOUR_API_KEY>',
			note: 'Replace <YOUR_API_KEY> with your API key.',
		});
	});
});
