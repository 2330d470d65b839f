import { describe, expect, it } from 'vitest';

import { explainHttpError } from '~/lib/client/explain-http-error';
import type { OutcomeFacts } from '~/lib/client/send-outcome';
import { API_CODES } from '~/lib/errors/error-catalogue';
import { HTTP_STATUSES } from '~/lib/errors/http-statuses';

const ERROR_ID = 'db9dced4-3534-4d86-9d18-6b448af0d621';

function httpError(status: number, code: number | null, message: string | null = null) {
	return {
		kind: 'http-error',
		status,
		rawBody: '',
		request: {
			method: 'POST',
			url: 'https://sms.8x8.com/api/v1/subaccounts/acme_hq/messages',
			headers: {},
		},
		code,
		message,
		errorId: ERROR_ID,
		retryAfterSeconds: null,
	} satisfies OutcomeFacts;
}

const statusOf = (status: number | 'not documented') =>
	status === 'not documented' ? 400 : status;

describe('explainHttpError', () => {
	it.each(API_CODES.map(({ code, status, name, fix }) => ({ code, status, name, fix })))(
		"gives code $code the catalogue's title and fix",
		({ code, status, name, fix }) => {
			const explanation = explainHttpError(httpError(statusOf(status), code));
			expect(explanation.title).toBe(`${name} (${statusOf(status)})`);
			expect(explanation.fix).toBe(fix);
		},
	);

	it.each(
		HTTP_STATUSES.filter((entry) => entry.status >= 400).map(({ status, fix }) => ({
			status,
			fix,
		})),
	)("gives status $status without a code the catalogue's fix", ({ status, fix }) => {
		expect(explainHttpError(httpError(status, null)).fix).toBe(fix);
	});

	it("explains a code inside the chat-apps range with the range's entry", () => {
		expect(explainHttpError(httpError(400, 3042)).title).toBe('Chat-apps errors (400)');
	});

	it('falls back to the status for a code the catalogue does not know', () => {
		expect(explainHttpError(httpError(401, 9999)).title).toMatch(/^API key missing/);
	});

	it("ends the detail with 8x8's message and code", () => {
		const { detail } = explainHttpError(httpError(400, 1002, 'Invalid MSISDN format'));
		expect(detail).toMatch(/ 8x8 said: "Invalid MSISDN format" \(code 1002\)\.$/);
	});

	it('keeps the error ID out of the detail below status 500', () => {
		expect(explainHttpError(httpError(401, 1200)).detail).not.toContain(ERROR_ID);
	});

	it('puts the error ID in the detail of any 5xx', () => {
		expect(explainHttpError(httpError(503, null)).detail).toContain(`Error ID: ${ERROR_ID}.`);
	});

	it('names the wait when a 429 carries Retry-After in seconds', () => {
		const facts = { ...httpError(429, 429), retryAfterSeconds: 12 };
		expect(explainHttpError(facts).fix).toBe('Wait 12 seconds, then send again.');
	});
});
