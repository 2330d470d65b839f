import { describe, expect, it } from 'vitest';

import { buildN8nFields } from '~/lib/snippets/build-n8n-fields';
import type { SnippetRequest } from '~/lib/snippets/snippet-request';

const KEY = 'AbCdEf123GhIjKl456MnOpQr789';
const URL = 'https://sms.8x8.com/api/v1/subaccounts/acme_hq/messages';
const CREDENTIAL = 'Header Auth credential';
const NODE = 'HTTP Request node';

const request: SnippetRequest = {
	method: 'POST',
	url: URL,
	apiKey: KEY,
	body: { destination: '+6591234567', text: `Don't reply! Order "A&B"` },
};

describe('buildN8nFields', () => {
	it('lists the credential and node values for case 18 with the key revealed', () => {
		expect(buildN8nFields(request, { revealKey: true })).toEqual([
			{ step: CREDENTIAL, field: 'Name', value: 'Authorization' },
			{ step: CREDENTIAL, field: 'Value', value: `Bearer ${KEY}` },
			{ step: NODE, field: 'Method', value: 'POST' },
			{ step: NODE, field: 'URL', value: URL },
			{ step: NODE, field: 'Authentication', value: 'Generic Credential Type' },
			{
				step: NODE,
				field: 'Generic Auth Type',
				value: 'Header Auth',
				note: 'Then pick the Header Auth credential made above.',
			},
			{ step: NODE, field: 'Send Body', value: 'On' },
			{ step: NODE, field: 'Body Content Type', value: 'JSON' },
			{ step: NODE, field: 'Specify Body', value: 'Using JSON' },
			{
				step: NODE,
				field: 'JSON',
				value: '{\n  "destination": "+6591234567",\n  "text": "Don\'t reply! Order \\"A&B\\""\n}',
				note:
					'n8n sends fixed text as typed. To use email fields, switch the box to Expression and ' +
					'build the body with JSON.stringify({ ... }), which escapes quotes and line breaks.',
			},
		]);
	});

	it('masks the key by default and says so next to the credential value', () => {
		const fields = buildN8nFields(request);

		expect(fields[1]).toEqual({
			step: CREDENTIAL,
			field: 'Value',
			value: 'Bearer AbCd…r789',
			note: 'The key is masked here: type your full key after Bearer.',
		});
		expect(JSON.stringify(fields)).not.toContain(KEY);
	});
});
