import { describe, expect, it } from 'vitest';

import { MOCK_SCENARIOS, type MockScenario } from '~/mocks/mock-scenarios';
import { answerSmsRequest } from '~/mocks/sms-api-model';
import type { SmsApiRequest } from '~/mocks/sms-api-types';

const VALID: SmsApiRequest = {
	method: 'POST',
	url: 'https://sms.8x8.com/api/v1/subaccounts/acme_hq/messages',
	headers: {
		Authorization: 'Bearer AbCdEf123GhIjKl456MnOpQr789',
		'Content-Type': 'application/json',
	},
	body: JSON.stringify({ destination: '+6591234567', text: 'Hello' }),
};

// Applies a row the way a reader would: edit one field of the valid request.
function apply({ field, value }: MockScenario): SmsApiRequest {
	const body = JSON.parse(VALID.body) as Record<string, string>;
	switch (field) {
		case 'Authorization':
		case 'Content-Type':
			return { ...VALID, headers: { ...VALID.headers, [field]: value } };
		case 'subAccountId':
			return { ...VALID, url: VALID.url.replace('acme_hq', encodeURIComponent(value)) };
		case 'text':
		case 'source':
			return { ...VALID, body: JSON.stringify({ ...body, [field]: value }) };
	}
}

function codeOf(body: unknown): number | string {
	const { code, status } = body as { code?: number; status?: { code: string } };
	return code ?? status?.code ?? 'none';
}

describe('MOCK_SCENARIOS', () => {
	it.each(MOCK_SCENARIOS.map((scenario) => ({ ...scenario })))(
		'answers $status $code when $field is "$value"',
		(scenario) => {
			const answer = answerSmsRequest(apply(scenario));
			expect({ status: answer.status, code: codeOf(answer.body) }).toEqual({
				status: scenario.status,
				code: scenario.code,
			});
		},
	);

	it('lists each practice value once', () => {
		const keys = MOCK_SCENARIOS.map(({ field, value }) => `${field}=${value}`);
		expect(new Set(keys).size).toBe(keys.length);
	});
});
