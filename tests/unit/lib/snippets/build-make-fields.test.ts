import { describe, expect, it } from 'vitest';

import { buildMakeFields } from '~/lib/snippets/build-make-fields';
import type { SnippetRequest } from '~/lib/snippets/snippet-request';

const KEY = 'AbCdEf123GhIjKl456MnOpQr789';
const URL = 'https://sms.8x8.com/api/v1/subaccounts/acme_hq/messages';
const STEP = 'HTTP: Make a request';

const request: SnippetRequest = {
	method: 'POST',
	url: URL,
	apiKey: KEY,
	body: { destination: '+6591234567', text: `Don't reply! Order "A&B"` },
};

describe('buildMakeFields', () => {
	it('lists the Make a request values for case 18 with the key revealed', () => {
		expect(buildMakeFields(request, { revealKey: true })).toEqual([
			{
				step: STEP,
				field: 'Evaluate all states as errors (except for 2xx and 3xx)',
				value: 'Yes',
				note: 'A 401 or 400 from 8x8 then stops the scenario instead of passing as a success.',
			},
			{ step: STEP, field: 'URL', value: URL },
			{ step: STEP, field: 'Method', value: 'POST' },
			{ step: STEP, field: 'Headers', name: 'Authorization', value: `Bearer ${KEY}` },
			{ step: STEP, field: 'Body type', value: 'Raw' },
			{ step: STEP, field: 'Content type', value: 'JSON (application/json)' },
			{
				step: STEP,
				field: 'Request content',
				value: '{\n  "destination": "+6591234567",\n  "text": "Don\'t reply! Order \\"A&B\\""\n}',
				note:
					'Make sends this text exactly as typed. To put email fields into it, build the ' +
					"body with the JSON app's Create JSON module and map its output here: " +
					'it escapes quotes and line breaks.',
			},
			{
				step: STEP,
				field: 'Parse response',
				value: 'Yes',
				note:
					'Later modules can then read status.code: QUEUED is accepted, ' +
					'REJECTED is a failure even with HTTP 200.',
			},
		]);
	});

	it('masks the key by default and says so next to the header', () => {
		const fields = buildMakeFields(request);

		expect(fields[3]).toEqual({
			step: STEP,
			field: 'Headers',
			name: 'Authorization',
			value: 'Bearer AbCd…r789',
			note: 'The key is masked here: type your full key after Bearer.',
		});
		expect(JSON.stringify(fields)).not.toContain(KEY);
	});
});
