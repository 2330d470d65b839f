import { describe, expect, it } from 'vitest';

import {
	API_CODES,
	findApiCode,
	findHttpStatus,
	findRejectionReason,
	getApiCode,
} from '~/lib/errors/error-catalogue';
import { API_MESSAGES } from '~/lib/errors/api-messages';
import {
	apiCodeEntrySchema,
	httpStatusEntrySchema,
	rejectionReasonSchema,
} from '~/lib/errors/error-entry-schema';
import { HTTP_STATUSES } from '~/lib/errors/http-statuses';
import { REJECTION_REASONS } from '~/lib/errors/rejection-reasons';

// What 8x8 documents for the SMS API: the statuses and numbered codes of its error-codes page
// and OpenAPI file (4018 appears only in the OpenAPI file, on the export endpoints), 429 as a
// body code, and the six REJECTED descriptions of the batch answer.
const DOCUMENTED_STATUSES = [200, 201, 202, 204, 400, 401, 403, 404, 410, 422, 426, 429, 500];
const DOCUMENTED_CODES = [
	...[1000, 1001, 1002, 1003, 1004, 1005, 1006, 1007, 1008, 1009, 1010, 1011, 1012, 1014],
	...[1100, 1200, 1201, 1300, 1400, 2000, 2001, 2002, 2003],
	...[3001, 3002, 3003, 3004, 3005, 3006, 3007, 3008, 3009, 3010, 3011, 3012, 3013, 3014],
	...[3015, 4018, 429],
];
const DOCUMENTED_REJECTIONS = [
	'Text value is missing',
	'Invalid Text value. Reached max allowed limit',
	'Invalid Source value. Reached max allowed limit',
	'Expiry time already reached',
	'Invalid MSISDN format (not E.164 international number)',
	'Internal server error',
];

const sorted = (values: readonly number[]) => [...values].sort((a, b) => a - b);
const ALL_ENTRIES = [...HTTP_STATUSES, ...API_CODES, ...REJECTION_REASONS];

describe('error catalogue', () => {
	it("has every status 8x8 documents, plus only the mock's 405 and 415", () => {
		const from8x8 = HTTP_STATUSES.filter((entry) => entry.origin === '8x8');
		const fromMock = HTTP_STATUSES.filter((entry) => entry.origin === 'mock');
		expect(sorted(from8x8.map((entry) => entry.status))).toEqual(sorted(DOCUMENTED_STATUSES));
		expect(sorted(fromMock.map((entry) => entry.status))).toEqual([405, 415]);
	});

	it("has every code 8x8 documents, plus only the mock's 415", () => {
		const from8x8 = API_CODES.filter((entry) => entry.origin === '8x8');
		const fromMock = API_CODES.filter((entry) => entry.origin === 'mock');
		expect(sorted(from8x8.map((entry) => entry.code))).toEqual(sorted(DOCUMENTED_CODES));
		expect(fromMock.map((entry) => entry.code)).toEqual([415]);
	});

	it("gives each code exactly one of the mock's messages, and no message without a code", () => {
		const messageCodes = Object.keys(API_MESSAGES).map(Number);
		expect(sorted(messageCodes)).toEqual(sorted(API_CODES.map((entry) => entry.code)));
		expect(getApiCode(1000).apiMessage).toBe('Invalid parameter');
	});

	it('has every REJECTED description 8x8 lists, word for word', () => {
		const descriptions = REJECTION_REASONS.map((reason) => reason.description);
		expect(descriptions).toEqual(DOCUMENTED_REJECTIONS);
	});

	it('covers the chat-apps codes 3015 to 3060 with one entry not relevant to SMS', () => {
		expect(findApiCode(3015)).toBe(findApiCode(3060));
		expect(findApiCode(3037)).toMatchObject({ code: 3015, lastCode: 3060, smsRelevant: false });
	});

	it('holds no status, code or description twice', () => {
		const statuses = HTTP_STATUSES.map((entry) => entry.status);
		const codes = API_CODES.map((entry) => entry.code);
		const descriptions = REJECTION_REASONS.map((entry) => entry.description.toLowerCase());
		expect(new Set(statuses).size).toBe(statuses.length);
		expect(new Set(codes).size).toBe(codes.length);
		expect(new Set(descriptions).size).toBe(descriptions.length);
	});

	it.each(HTTP_STATUSES.map((entry) => ({ status: entry.status, entry })))(
		'words status $status by the entry schema',
		({ entry }) => {
			expect(httpStatusEntrySchema.parse(entry)).toEqual(entry);
		},
	);

	it.each(API_CODES.map((entry) => ({ code: entry.code, entry })))(
		'words code $code by the entry schema',
		({ entry }) => {
			expect(apiCodeEntrySchema.parse(entry)).toEqual(entry);
		},
	);

	it.each(REJECTION_REASONS.map((entry) => ({ description: entry.description, entry })))(
		'words the rejection "$description" by the entry schema',
		({ entry }) => {
			expect(rejectionReasonSchema.parse(entry)).toEqual(entry);
		},
	);

	it.each(ALL_ENTRIES.map((entry) => ({ name: entry.name, entry })))(
		'gives "$name" a meaning, cause, fix and Workato note that end with a period',
		({ entry }) => {
			for (const text of [entry.meaning, entry.workatoCause, entry.fix, entry.inWorkato]) {
				expect(text.trim()).not.toBe('');
				expect(text).toMatch(/\.$/);
			}
		},
	);

	it('keeps the order of codes ascending', () => {
		const codes = API_CODES.map((entry) => entry.code);
		expect(codes).toEqual(sorted(codes));
	});

	it("pairs codes and statuses as 8x8's examples do", () => {
		const pairs = Object.fromEntries(API_CODES.map((entry) => [entry.code, entry.status]));
		expect(pairs).toMatchObject({
			1000: 400,
			1002: 400,
			1014: 426,
			1200: 401,
			1201: 403,
			1300: 404,
			2000: 500,
			4018: 404,
			429: 429,
		});
	});

	it('marks as chat-apps only the codes about users, content and media', () => {
		const notForSms = API_CODES.filter((entry) => !entry.smsRelevant).map((entry) => entry.code);
		expect(notForSms).toEqual([3001, 3004, 3007, 3008, 3015]);
	});
});

describe('findApiCode', () => {
	it.each([{ code: 999 }, { code: 1013 }, { code: 3061 }, { code: 4017 }])(
		'returns undefined for the undocumented code $code',
		({ code }) => {
			expect(findApiCode(code)).toBeUndefined();
		},
	);

	it('finds a code by its number', () => {
		expect(findApiCode(1200)?.name).toBe('API key missing, wrong, or not sent as Bearer');
	});
});

describe('getApiCode', () => {
	it('returns the same entry as findApiCode', () => {
		expect(getApiCode(1001)).toBe(findApiCode(1001));
	});
});

describe('findHttpStatus', () => {
	it.each([{ status: 302 }, { status: 418 }, { status: 502 }])(
		'returns undefined for the unlisted status $status',
		({ status }) => {
			expect(findHttpStatus(status)).toBeUndefined();
		},
	);
});

describe('findRejectionReason', () => {
	it.each([
		{ description: 'Expiry time already reached' },
		{ description: '  expiry TIME already reached ' },
	])('matches "$description" whatever the case and surrounding spaces', ({ description }) => {
		expect(findRejectionReason(description)?.name).toBe('Expiry time already passed');
	});

	it('returns undefined for wording 8x8 does not use', () => {
		expect(
			findRejectionReason('Invalid source: a sender name may have at most 11 characters'),
		).toBeUndefined();
	});
});
