import { describe, expect, it } from 'vitest';

import type { Issue } from '~/lib/issue';
import { describeJsonError } from '~/lib/paste/describe-json-error';
import { findJsonError } from '~/lib/paste/find-json-error';
import { checkPastedBody } from '~/lib/paste/check-pasted-body';
import { checkBatchRequest } from '~/lib/schema/check-batch-request';
import { checkSmsRequest } from '~/lib/schema/check-sms-request';

const VALID = { destination: '+6591234567', text: 'Hi' };

// One input per finding code of src/lib/schema and src/lib/paste.
const singles: unknown[] = [
	undefined,
	[],
	{ text: 'Hi' },
	{ destination: 6591234567, text: 42, source: 5, clientMessageId: 7, scheduled: 1, expiry: 1 },
	{ ...VALID, destination: '', country: 5, dlrCallbackUrl: 5, clientIp: 5 },
	{ destination: 'abc', text: ' ', source: 'x'.repeat(17), clientMessageId: 'x'.repeat(351) },
	{ ...VALID, source: 'Acme Support', encoding: 'utf8', country: 'SGP', scheduled: 'now' },
	{ ...VALID, source: 'Acme&Co', country: 'S1', expiry: 'soon', dlrCallbackUrl: 'x', track: 'x' },
	{ ...VALID, country: '', scheduled: '', expiry: '', dlrCallbackUrl: '', to: 1 },
];
const batches: unknown[] = [
	{},
	{ messages: 'x', destinations: 'x', template: 'x', clientBatchId: 'x'.repeat(21) },
	{ messages: [], destinations: [], includeMessagesInResponse: 'yes' },
	{ messages: ['x', { destination: '+6591234567' }], destinations: ['+6591234567'] },
	{ destinations: Array.from({ length: 10_001 }, () => '+6591234567') },
	{ messages: Array.from({ length: 10_001 }, () => VALID) },
];
const jsonTexts = [
	'{"text": "a\r\nb"}',
	'{"text": "a "b" c"}',
	'{"destination": +6591234567}',
	'{“text”: “Hi”}',
	'{"text": "Hi",}',
	'{"text": "Hi" // note\n}',
	'{"text": "a\\x"}',
	'{"text": "Hi"',
	'['.repeat(1001),
	'{"a" 1}',
];

const issues: Issue[] = [
	...singles.flatMap((value) => checkSmsRequest(value).issues),
	...batches.flatMap((value) => checkBatchRequest(value).issues),
	...jsonTexts.map((text) => describeJsonError(findJsonError(text)!, text)),
	...checkPastedBody('{"destination": 6.5E9, "text": "Hi"}').issues,
	...checkPastedBody(JSON.stringify({ destinations: Array(25).fill('1'), template: { text: 'a' } }))
		.issues,
];

describe('schema and paste finding wording', () => {
	it('covers every code', () => {
		expect([...new Set(issues.map((issue) => issue.code))].sort()).toMatchInlineSnapshot(`
			[
			  "JSON_COMMENT",
			  "JSON_CONTROL_CHARACTER",
			  "JSON_INVALID_ESCAPE",
			  "JSON_PLUS_NUMBER",
			  "JSON_SMART_QUOTES",
			  "JSON_SYNTAX",
			  "JSON_TOO_DEEP",
			  "JSON_TRAILING_COMMA",
			  "JSON_UNESCAPED_QUOTE",
			  "JSON_UNEXPECTED_END",
			  "PASTE_DESTINATION_LOST_DIGITS",
			  "PASTE_MORE_FINDINGS",
			  "SCHEMA_BODY_MISSING",
			  "SCHEMA_BODY_TYPE",
			  "SCHEMA_CLIENT_BATCH_ID_TOO_LONG",
			  "SCHEMA_CLIENT_IP_TYPE",
			  "SCHEMA_CLIENT_MESSAGE_ID_TOO_LONG",
			  "SCHEMA_CLIENT_MESSAGE_ID_TYPE",
			  "SCHEMA_COUNTRY_EMPTY",
			  "SCHEMA_COUNTRY_PATTERN",
			  "SCHEMA_COUNTRY_TOO_LONG",
			  "SCHEMA_COUNTRY_TYPE",
			  "SCHEMA_DESTINATIONS_EMPTY",
			  "SCHEMA_DESTINATIONS_IGNORED",
			  "SCHEMA_DESTINATIONS_TOO_MANY",
			  "SCHEMA_DESTINATIONS_TYPE",
			  "SCHEMA_DESTINATION_EMPTY",
			  "SCHEMA_DESTINATION_MISSING",
			  "SCHEMA_DESTINATION_PATTERN",
			  "SCHEMA_DESTINATION_TYPE",
			  "SCHEMA_DLR_CALLBACK_URL_EMPTY",
			  "SCHEMA_DLR_CALLBACK_URL_FORMAT",
			  "SCHEMA_DLR_CALLBACK_URL_TYPE",
			  "SCHEMA_ENCODING_VALUE",
			  "SCHEMA_EXPIRY_EMPTY",
			  "SCHEMA_EXPIRY_FORMAT",
			  "SCHEMA_EXPIRY_TYPE",
			  "SCHEMA_INCLUDE_MESSAGES_IN_RESPONSE_TYPE",
			  "SCHEMA_MESSAGES_EMPTY",
			  "SCHEMA_MESSAGES_MISSING",
			  "SCHEMA_MESSAGES_TOO_MANY",
			  "SCHEMA_MESSAGES_TYPE",
			  "SCHEMA_MESSAGE_TYPE",
			  "SCHEMA_SCHEDULED_EMPTY",
			  "SCHEMA_SCHEDULED_FORMAT",
			  "SCHEMA_SCHEDULED_TYPE",
			  "SCHEMA_SOURCE_ALPHANUMERIC_TOO_LONG",
			  "SCHEMA_SOURCE_CHARACTERS",
			  "SCHEMA_SOURCE_TOO_LONG",
			  "SCHEMA_SOURCE_TYPE",
			  "SCHEMA_TEMPLATE_TYPE",
			  "SCHEMA_TEXT_BLANK",
			  "SCHEMA_TEXT_MISSING",
			  "SCHEMA_TEXT_TYPE",
			  "SCHEMA_TRACK_VALUE",
			  "SCHEMA_UNKNOWN_FIELD",
			]
		`);
	});

	it.each(issues.map((issue) => ({ code: issue.code, path: issue.path, issue })))(
		'words $code at $path by the house rules',
		({ issue }) => {
			expect(issue.code).toMatch(/^[A-Z]+(?:_[A-Z0-9]+)+$/);
			for (const text of [issue.title, issue.detail, issue.fix]) {
				expect(text).toMatch(/^[A-Z0-9“]/);
				expect(text).toMatch(/[.”]$/);
				expect(text).not.toMatch(/!|^Error|^Oops|should have|undefined|\[object/i);
			}
			expect(issue.title.length).toBeLessThanOrEqual(90);
		},
	);
});
