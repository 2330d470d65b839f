import { describe, expect, it, vi } from 'vitest';

import { checkSmsRequest } from '~/lib/schema/check-sms-request';
import { checkSmsDraft, type SmsDraft } from '~/lib/sms/check-sms-draft';
import { normalizeDestination } from '~/lib/sms/normalize-destination';

const draft: SmsDraft = {
	regionId: 'ap',
	subAccountId: 'acme_hq',
	destination: '+6591234567',
	defaultCountry: '',
	senderId: '',
	text: 'New mail: Order "ABC-123" shipped',
};

const codes = (changes: Partial<SmsDraft>) =>
	checkSmsDraft({ ...draft, ...changes }, normalizeDestination).issues.map((issue) => issue.code);

describe('checkSmsDraft', () => {
	it('builds the URL and the exact body of case 4', () => {
		const check = checkSmsDraft(draft, normalizeDestination);

		expect(check).toMatchObject({
			issues: [],
			url: 'https://sms.8x8.com/api/v1/subaccounts/acme_hq/messages',
			destination: '+6591234567',
			body: { destination: '+6591234567', text: 'New mail: Order "ABC-123" shipped' },
			bodyJson: '{"destination":"+6591234567","text":"New mail: Order \\"ABC-123\\" shipped"}',
		});
		expect(check.encoding).toMatchObject({ encoding: 'GSM7', units: 33, segments: 1 });
	});

	it('normalises a national number with a lower-case default country', () => {
		const check = checkSmsDraft(
			{ ...draft, destination: '9123 4567', defaultCountry: 'sg' },
			normalizeDestination,
		);

		expect(check.destination).toBe('+6591234567');
		expect(check.body?.destination).toBe('+6591234567');
		expect(check.issues.map((issue) => issue.code)).toEqual(['DESTINATION_REFORMATTED']);
	});

	it('passes the destination and the upper-cased country to the phone check', () => {
		const phone = vi.fn(normalizeDestination);

		checkSmsDraft({ ...draft, destination: '0412 345 678', defaultCountry: ' au ' }, phone);

		expect(phone).toHaveBeenCalledWith('0412 345 678', 'AU');
	});

	it('adds the sender after text in the body', () => {
		const check = checkSmsDraft(
			{ ...draft, senderId: 'AcmeAlerts', text: 'Hi' },
			normalizeDestination,
		);

		expect(check.bodyJson).toBe('{"destination":"+6591234567","text":"Hi","source":"AcmeAlerts"}');
	});

	it.each([
		{ regionId: '', url: 'https://sms.8x8.com/api/v1/subaccounts/acme_hq/messages' },
		{ regionId: 'eu', url: 'https://sms.8x8.uk/api/v1/subaccounts/acme_hq/messages' },
	])('uses the region "$regionId"', ({ regionId, url }) => {
		expect(checkSmsDraft({ ...draft, regionId }, normalizeDestination).url).toBe(url);
	});

	it('reports an unknown region and builds no URL', () => {
		const check = checkSmsDraft({ ...draft, regionId: 'uk' }, normalizeDestination);

		expect(check.url).toBeUndefined();
		expect(check.issues).toEqual([
			expect.objectContaining({ code: 'REGION_UNKNOWN', path: 'regionId' }),
		]);
	});

	it('keeps the body when only the sub-account id is wrong', () => {
		const check = checkSmsDraft(
			{ ...draft, subAccountId: '<yourSubAccountId>' },
			normalizeDestination,
		);

		expect(check.url).toBeUndefined();
		expect(check.bodyJson).toBeDefined();
	});

	it.each([
		{
			field: 'destination',
			changes: { destination: '91234567' },
			code: 'DESTINATION_NO_COUNTRY_CODE',
		},
		{
			field: 'sender',
			changes: { senderId: 'Acme Support' },
			code: 'SENDER_ALPHANUMERIC_TOO_LONG',
		},
		{ field: 'text', changes: { text: '\r\n' }, code: 'TEXT_EMPTY' },
	])('builds no body when the $field fails but keeps the URL', ({ changes, code }) => {
		const check = checkSmsDraft({ ...draft, ...changes }, normalizeDestination);

		expect(check.body).toBeUndefined();
		expect(check.bodyJson).toBeUndefined();
		expect(check.url).toBeDefined();
		expect(check.issues.map((issue) => issue.code)).toContain(code);
	});

	it('lists findings in field order', () => {
		const broken = {
			regionId: 'xx',
			subAccountId: 'acme_hq ',
			destination: '6.591234567E9',
			senderId: 'A&B',
			text: '',
		};

		expect(codes(broken)).toEqual([
			'REGION_UNKNOWN',
			'SUBACCOUNT_WHITESPACE',
			'DESTINATION_SCIENTIFIC_NOTATION',
			'SENDER_INVALID_CHARACTER',
			'TEXT_EMPTY',
		]);
	});

	it('analyses the text as typed, even when it is rejected', () => {
		const check = checkSmsDraft({ ...draft, text: '' }, normalizeDestination);

		expect(check.encoding).toMatchObject({ units: 0, segments: 0 });
	});
});

describe('checkSmsDraft with optional fields', () => {
	const check = (changes: Partial<SmsDraft>) =>
		checkSmsDraft({ ...draft, ...changes }, normalizeDestination, checkSmsRequest);

	it("adds non-empty optional fields to the body in 8x8's order, trimmed", () => {
		const result = check({
			track: 'Outcome',
			dlrCallbackUrl: 'https://example.com/dlr',
			expiry: '2026-12-24T10:00:00+08:00',
			scheduled: ' 2026-12-24T09:00:00+08:00 ',
			encoding: 'UCS2',
			clientMessageId: 'gmail-18c2f0a1b2c3d4e5',
		});

		expect(result.issues).toEqual([]);
		expect(result.body).toEqual({
			destination: '+6591234567',
			text: 'New mail: Order "ABC-123" shipped',
			clientMessageId: 'gmail-18c2f0a1b2c3d4e5',
			encoding: 'UCS2',
			scheduled: '2026-12-24T09:00:00+08:00',
			expiry: '2026-12-24T10:00:00+08:00',
			dlrCallbackUrl: 'https://example.com/dlr',
			track: 'Outcome',
		});
	});

	it.each([
		{ name: 'empty', changes: { clientMessageId: '', scheduled: '  ', track: '' } },
		{ name: 'default', changes: { encoding: 'AUTO', track: 'None' } },
	])('leaves $name optional fields out of the body', ({ changes }) => {
		expect(Object.keys(check(changes).body ?? {})).toEqual(['destination', 'text']);
	});

	it.each([
		{ changes: { clientMessageId: 'x'.repeat(351) }, code: 'SCHEMA_CLIENT_MESSAGE_ID_TOO_LONG' },
		{ changes: { scheduled: '2026-12-24 09:00' }, code: 'SCHEMA_SCHEDULED_FORMAT' },
		{ changes: { expiry: '2026-12-24T09:00:00' }, code: 'SCHEMA_EXPIRY_FORMAT' },
		{ changes: { dlrCallbackUrl: 'ftp://example.com' }, code: 'SCHEMA_DLR_CALLBACK_URL_FORMAT' },
		{ changes: { encoding: 'UTF8' }, code: 'SCHEMA_ENCODING_VALUE' },
		{ changes: { track: 'Clicks' }, code: 'SCHEMA_TRACK_VALUE' },
	])('reports $code from the schema and builds no body', ({ changes, code }) => {
		const result = check(changes);

		expect(result.issues.map((issue) => issue.code)).toEqual([code]);
		expect(result.body).toBeUndefined();
	});

	it('reports only optional-field findings from the schema', () => {
		const result = check({ text: '', clientMessageId: 'x'.repeat(351) });

		expect(result.issues.map((issue) => issue.code)).toEqual([
			'TEXT_EMPTY',
			'SCHEMA_CLIENT_MESSAGE_ID_TOO_LONG',
		]);
	});

	it('waits for the schema before building a body with optional fields', () => {
		const result = checkSmsDraft({ ...draft, clientMessageId: 'a1' }, normalizeDestination);

		expect(result.optionalPending).toBe(true);
		expect(result.body).toBeUndefined();
		expect(result.issues).toEqual([]);
	});

	it('needs no schema for a draft without optional fields', () => {
		const result = checkSmsDraft(draft, normalizeDestination);

		expect(result.optionalPending).toBeUndefined();
		expect(result.body).toBeDefined();
	});

	it.each([
		{ encoding: 'UCS2', analysed: 'UCS2', perSegment: 70 },
		{ encoding: 'GSM7', analysed: 'GSM7', perSegment: 160 },
		{ encoding: 'AUTO', analysed: 'GSM7', perSegment: 160 },
		{ encoding: 'UTF8', analysed: 'GSM7', perSegment: 160 },
	])('analyses the text with the requested encoding $encoding', ({ encoding, ...expected }) => {
		const result = check({ encoding, text: 'Hello' });

		expect(result.encoding).toMatchObject({
			encoding: expected.analysed,
			perSegment: expected.perSegment,
		});
	});

	it('drops the AUTO note about UCS-2 when an encoding is requested', () => {
		const auto = check({ text: 'Hi 🔥' }).issues.map((issue) => issue.code);
		const forced = check({ text: 'Hi 🔥', encoding: 'GSM7' }).issues.map((issue) => issue.code);

		expect(auto).toEqual(['TEXT_UCS2']);
		expect(forced).toEqual([]);
	});
});
