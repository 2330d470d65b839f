import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';

import { smsRequestSchema } from '~/lib/schema/sms-request-schema';

import { smsRequestExample } from './openapi-examples';

const VALID = { destination: '+6591234567', text: 'Hi' };

function accepts(patch: Record<string, unknown>): boolean {
	return z.safeParse(smsRequestSchema, { ...VALID, ...patch }).success;
}

describe('smsRequestSchema', () => {
	it('accepts the SmsRequest example of the OpenAPI file and fills in encoding', () => {
		expect(z.parse(smsRequestSchema, smsRequestExample)).toEqual({
			...smsRequestExample,
			encoding: 'AUTO',
		});
	});

	it('accepts the body of 8x8 tutorial with a named sender that has a space', () => {
		const body = {
			source: 'Acme Corp',
			destination: '+6512345678',
			text: 'Bob, a special present for you from Santa',
			encoding: 'AUTO',
		};
		expect(z.parse(smsRequestSchema, body)).toEqual(body);
	});

	it('accepts every optional field at once', () => {
		const body = {
			...VALID,
			source: 'AcmeAlerts',
			clientMessageId: 'gmail-18c2f0a1b2c3d4e5',
			encoding: 'UCS2',
			country: 'SG',
			scheduled: '2016-11-07T19:20:30+08:00',
			expiry: '2016-11-08T19:20:30.1234567Z',
			dlrCallbackUrl: 'https://example.com/8x8/dlr?id=1',
			clientIp: '203.0.113.7',
			track: 'Outcome',
		};
		expect(z.parse(smsRequestSchema, body)).toEqual(body);
	});

	it('drops fields 8x8 does not know from the parsed value', () => {
		expect(z.parse(smsRequestSchema, { ...VALID, to: '+6591234567' })).toEqual({
			...VALID,
			encoding: 'AUTO',
		});
	});

	it.each([
		{ name: 'international with +', destination: '+6591234567' },
		{ name: 'international without +', destination: '447700900123' },
		{ name: 'the shortest number, 7 digits', destination: '1234567' },
		{ name: 'the longest number, 15 digits', destination: '+123456789012345' },
		{ name: 'a national US number with its country', destination: '2025550308', country: 'US' },
		{ name: 'a national SG number with its country', destination: '91234567', country: 'SG' },
	])('accepts the destination $name', ({ destination, country }) => {
		expect(accepts({ destination, ...(country ? { country } : {}) })).toBe(true);
	});

	it.each([
		{ name: 'a national number with its trunk 0, even with country', destination: '07700900123' },
		{ name: 'spaces', destination: '+65 9123 4567' },
		{ name: 'dashes', destination: '+65-9123-4567' },
		{ name: 'six digits', destination: '+123456' },
		{ name: 'sixteen digits', destination: '1234567890123456' },
		{ name: 'two plus signs', destination: '++6591234567' },
		{ name: 'a trailing line break', destination: '+6591234567\n' },
		{ name: 'a number instead of a string', destination: 6591234567 },
	])('rejects a destination with $name', ({ destination }) => {
		expect(accepts({ destination, country: 'GB' })).toBe(false);
	});

	it.each([
		{ source: 'AcmeAlerts' },
		{ source: 'AcmeSupport' },
		{ source: 'Acme Corp' },
		{ source: '+6591234567' },
		{ source: '1234567890123456' },
		{ source: '' },
	])('accepts the sender $source', ({ source }) => {
		expect(accepts({ source })).toBe(true);
	});

	it.each([
		{ name: 'a 12-character name', source: 'Acme Support' },
		{ name: 'a hyphen', source: 'Acme-Alerts' },
		{ name: 'an accent', source: 'Café' },
		{ name: 'a plus inside a name', source: 'Acme+' },
		{ name: 'a 17-digit number', source: '+6591234567890123' },
	])('rejects a sender with $name', ({ source }) => {
		expect(accepts({ source })).toBe(false);
	});

	it.each([
		{ name: 'text of one space', patch: { text: ' ' } },
		{ name: 'text of a CRLF', patch: { text: '\r\n' } },
		{ name: 'a 351-character clientMessageId', patch: { clientMessageId: 'x'.repeat(351) } },
		{ name: 'a lower-case encoding', patch: { encoding: 'auto' } },
		{ name: 'a three-letter country', patch: { country: 'SGP' } },
		{ name: 'a country with a digit', patch: { country: 'S1' } },
		{ name: 'a scheduled time without offset', patch: { scheduled: '2016-11-07T19:20:30' } },
		{ name: 'a date-only expiry', patch: { expiry: '2016-11-07' } },
		{ name: 'an ftp callback', patch: { dlrCallbackUrl: 'ftp://example.com/dlr' } },
		{ name: 'a relative callback', patch: { dlrCallbackUrl: '/dlr' } },
		{ name: 'a track of true', patch: { track: true } },
		{ name: 'a null source', patch: { source: null } },
	])('rejects $name', ({ patch }) => {
		expect(accepts(patch)).toBe(false);
	});

	it('accepts a clientMessageId of exactly 350 characters', () => {
		expect(accepts({ clientMessageId: 'x'.repeat(350) })).toBe(true);
	});
});
