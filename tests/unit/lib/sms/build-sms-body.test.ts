import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { buildSmsBody, serializeSmsBody } from '~/lib/sms/build-sms-body';

describe('buildSmsBody', () => {
	it('orders keys destination, text, source, then the others', () => {
		const body = buildSmsBody({
			track: 'Outcome',
			encoding: 'AUTO',
			clientMessageId: 'gmail-18c2f0a1b2c3d4e5',
			source: 'AcmeAlerts',
			text: 'Hi',
			destination: '+6591234567',
		});

		expect(Object.keys(body)).toEqual([
			'destination',
			'text',
			'source',
			'clientMessageId',
			'encoding',
			'track',
		]);
	});

	it.each([
		{ name: 'undefined', source: undefined },
		{ name: 'empty', source: '' },
	])('leaves out an $name optional field', ({ source }) => {
		const body = buildSmsBody({ destination: '+6591234567', text: 'Hi', source, country: '' });

		expect(body).toEqual({ destination: '+6591234567', text: 'Hi' });
		expect('source' in body).toBe(false);
	});

	it('keeps an empty text, which is required', () => {
		expect(buildSmsBody({ destination: '+6591234567', text: '' })).toEqual({
			destination: '+6591234567',
			text: '',
		});
	});
});

describe('serializeSmsBody', () => {
	it('escapes the quotes of case 4', () => {
		const subject = 'Order "ABC-123" shipped';
		const body = buildSmsBody({ destination: '+6591234567', text: `New mail: ${subject}` });

		expect(serializeSmsBody(body)).toBe(
			'{"destination":"+6591234567","text":"New mail: Order \\"ABC-123\\" shipped"}',
		);
	});

	it('escapes the CR LF and TAB of case 5', () => {
		const body = buildSmsBody({
			destination: '+6591234567',
			text: 'Hi team,\r\nServer db-01 is down.\r\n\tCheck now',
		});

		expect(serializeSmsBody(body)).toBe(
			'{"destination":"+6591234567","text":"Hi team,\\r\\nServer db-01 is down.\\r\\n\\tCheck now"}',
		);
	});

	it('keeps the apostrophe of case 18 as is', () => {
		const body = buildSmsBody({ destination: '+6591234567', text: `Don't reply! Order "A&B"` });

		expect(serializeSmsBody(body)).toBe(
			'{"destination":"+6591234567","text":"Don\'t reply! Order \\"A&B\\""}',
		);
	});

	it('indents with two spaces when pretty', () => {
		const body = buildSmsBody({ destination: '+6591234567', text: 'Hi', source: 'AcmeAlerts' });

		expect(serializeSmsBody(body, true)).toBe(
			'{\n  "destination": "+6591234567",\n  "text": "Hi",\n  "source": "AcmeAlerts"\n}',
		);
	});

	it('gives back any text when parsed', () => {
		fc.assert(
			fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (text) => {
				const json = serializeSmsBody(buildSmsBody({ destination: '+6591234567', text }));
				const parsed: unknown = JSON.parse(json);
				return (parsed as { text: string }).text === text && !/[\u0000-\u001f]/.test(json);
			}),
		);
	});
});
