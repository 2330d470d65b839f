import { describe, expect, it } from 'vitest';

import { checkSmsBody } from '~/mocks/check-sms-body';

const VALID = { destination: '+6591234567', text: 'Hi' };
const ANSWER = { destination: '+6591234567', text: 'Hi', encoding: 'AUTO', clientMessageId: null };

describe('checkSmsBody', () => {
	it('answers with the fields of a valid body', () => {
		expect(checkSmsBody({ ...VALID, clientMessageId: 'a-1', encoding: 'UCS2' })).toEqual({
			ok: true,
			sms: { ...ANSWER, clientMessageId: 'a-1', encoding: 'UCS2' },
			rejection: null,
		});
	});

	it.each([
		{ name: 'a three-letter country', patch: { country: 'SGP' }, code: 1009 },
		{
			name: 'a scheduled time without offset',
			patch: { scheduled: '2024-05-01T10:00:00' },
			code: 1011,
		},
		{ name: 'an expiry that is not a time', patch: { expiry: 'tomorrow' }, code: 1006 },
		{
			name: 'a callback that is not a URL',
			patch: { dlrCallbackUrl: 'example.com/dlr' },
			code: 1000,
		},
		{ name: 'a numeric clientIp', patch: { clientIp: 127001 }, code: 1012 },
		{ name: 'an unknown track value', patch: { track: 'All' }, code: 1000 },
	])('answers code $code for $name', ({ patch, code }) => {
		expect(checkSmsBody({ ...VALID, ...patch })).toMatchObject({ ok: false, code });
	});

	it('reports the destination before the text, whatever the key order', () => {
		expect(checkSmsBody({ text: ' ', destination: '0' })).toMatchObject({ ok: false, code: 1002 });
	});

	it('prefers an error status to a sender rejection', () => {
		const verdict = checkSmsBody({ ...VALID, source: 'Acme Support', encoding: 'utf8' });
		expect(verdict).toMatchObject({ ok: false, code: 1003 });
	});

	it('reads null fields as absent', () => {
		const body = { ...VALID, source: null, clientMessageId: null, encoding: null };
		expect(checkSmsBody(body)).toEqual({ ok: true, sms: ANSWER, rejection: null });
	});

	it('ignores fields 8x8 does not know, even next to a rejected sender', () => {
		expect(checkSmsBody({ ...VALID, source: 'Acme-Alerts', priority: 1 })).toEqual({
			ok: true,
			sms: ANSWER,
			rejection: 'Invalid source: a sender name may only use ASCII letters, digits and spaces',
		});
	});
});
