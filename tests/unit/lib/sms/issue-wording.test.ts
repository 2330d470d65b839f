import { describe, expect, it } from 'vitest';

import type { Issue } from '~/lib/issue';
import { checkMessageText } from '~/lib/sms/check-message-text';
import { checkSenderId } from '~/lib/sms/check-sender-id';
import { checkSmsDraft } from '~/lib/sms/check-sms-draft';
import { checkSubaccountId } from '~/lib/sms/check-subaccount-id';
import { normalizeDestination } from '~/lib/sms/normalize-destination';

// One input per finding code of src/lib/sms.
const issues: Issue[] = [
	...['', 'https://sms.8x8.com/api/v1/subaccounts/acme_hq/messages', '{subAccountId}', '<acme_hq>']
		.concat(['acme_hq ', 'acme_hq//messages', 'AbCdEf123GhIjKl456MnOpQr789StUvWx', 'ab'])
		.concat([`acme_${'x'.repeat(46)}`, 'acme#hq'])
		.flatMap((raw) => checkSubaccountId(raw).issues),
	...['', '6.591234567E9', '1-800-FLOWERS', '65+9123', '+65#9123', '91234567', '+999 1234567']
		.concat(['+65 1', '+65912345678', '+49 1234', '+6511234567', '9123 4567'])
		.flatMap((raw) => normalizeDestination(raw, raw === '9123 4567' ? 'SG' : undefined).issues),
	...normalizeDestination('91234567', 'XX' as never).issues,
	...['Acme Support', '+1234567890123456', 'A&B', ' Acme'].flatMap(
		(raw) => checkSenderId(raw).issues,
	),
	...['', 'b'.repeat(1531), 'Hi 🔥'].flatMap((text) => checkMessageText(text).issues),
	...checkSmsDraft(
		{
			regionId: 'xx',
			subAccountId: 'acme_hq',
			destination: '+6591234567',
			defaultCountry: '',
			senderId: '',
			text: 'Hi',
		},
		normalizeDestination,
	).issues,
];

describe('sms finding wording', () => {
	it('covers every code', () => {
		expect([...new Set(issues.map((issue) => issue.code))].sort()).toEqual([
			'DESTINATION_EMPTY',
			'DESTINATION_INVALID_CHARACTER',
			'DESTINATION_LETTERS',
			'DESTINATION_MISPLACED_PLUS',
			'DESTINATION_NO_COUNTRY_CODE',
			'DESTINATION_PATTERN',
			'DESTINATION_REFORMATTED',
			'DESTINATION_SCIENTIFIC_NOTATION',
			'DESTINATION_UNKNOWN_CALLING_CODE',
			'DESTINATION_UNKNOWN_COUNTRY',
			'DESTINATION_UNUSED_RANGE',
			'DESTINATION_WRONG_LENGTH',
			'REGION_UNKNOWN',
			'SENDER_ALPHANUMERIC_TOO_LONG',
			'SENDER_COUNTRY_RULES',
			'SENDER_INVALID_CHARACTER',
			'SENDER_NUMERIC_TOO_LONG',
			'SENDER_OUTER_SPACE',
			'SUBACCOUNT_BRACKETS',
			'SUBACCOUNT_EMPTY',
			'SUBACCOUNT_INVALID_CHARACTER',
			'SUBACCOUNT_LOOKS_LIKE_API_KEY',
			'SUBACCOUNT_PLACEHOLDER',
			'SUBACCOUNT_SLASH',
			'SUBACCOUNT_TOO_LONG',
			'SUBACCOUNT_TOO_SHORT',
			'SUBACCOUNT_URL_PASTED',
			'SUBACCOUNT_WHITESPACE',
			'TEXT_EMPTY',
			'TEXT_TOO_MANY_PARTS',
			'TEXT_UCS2',
		]);
	});

	it.each(issues.map((issue) => ({ code: issue.code, issue })))(
		'words $code by the house rules',
		({ issue }) => {
			expect(issue.code).toMatch(/^[A-Z]+(?:_[A-Z0-9]+)+$/);
			for (const text of [issue.title, issue.detail]) {
				expect(text).toMatch(/^[A-Z“+0-9]/);
				expect(text).toMatch(/[.”]$/);
				expect(text).not.toMatch(/!|^Error|^Oops|should have/i);
			}
			expect(issue.fix).toMatch(/^[A-Z]/);
			expect(issue.title.length).toBeLessThanOrEqual(90);
		},
	);
});
