import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';

import { checkHeaderLines } from '~/lib/auth/check-header-lines';
import { cleanApiKey } from '~/lib/auth/clean-api-key';
import { checkPastedBody } from '~/lib/paste/check-pasted-body';
import { checkSmsRequest } from '~/lib/schema/check-sms-request';
import { checkMessageText } from '~/lib/sms/check-message-text';
import { checkSenderId } from '~/lib/sms/check-sender-id';
import { checkSubaccountId } from '~/lib/sms/check-subaccount-id';
import { normalizeDestination } from '~/lib/sms/normalize-destination';

import { countedRuns, formatRunCounts } from './run-counts';

// Strings as readers paste them: any Unicode, with the characters our checks care about made
// common (quotes, braces, whitespace, invisible characters, digits, plus signs).
const TRICKY = [...'"\'“”‘’{}[],:+0123456789 \t\r\n\u200b\u00a0\ufeffBearer'];
const pasted = fc.oneof(
	fc.string({ unit: 'grapheme', maxLength: 80 }),
	fc.string({ unit: fc.constantFrom(...TRICKY), maxLength: 80 }),
	fc.string({ unit: 'binary', maxLength: 40 }),
);
const RUNS = 10_000;

const checks: [string, (input: string) => unknown][] = [
	['cleanApiKey', cleanApiKey],
	['checkHeaderLines', checkHeaderLines],
	['checkSubaccountId', checkSubaccountId],
	['checkSenderId', checkSenderId],
	['checkMessageText', checkMessageText],
	['normalizeDestination', (input) => normalizeDestination(input, 'SG')],
	['checkPastedBody', checkPastedBody],
	['checkSmsRequest', (input) => checkSmsRequest({ destination: input, text: input })],
];

afterAll(() => {
	console.log(formatRunCounts());
});

describe('validators on any string', () => {
	it.each(checks)('%s answers without throwing', (name, check) => {
		fc.assert(
			fc.property(pasted, (input) => {
				expect(() => check(input)).not.toThrow();
			}),
			{ numRuns: countedRuns(`${name} never throws`, RUNS) },
		);
	});
});
