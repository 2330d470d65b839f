import { describe, expect, it } from 'vitest';

import { buildZapierFields } from '~/lib/snippets/build-zapier-fields';
import type { SnippetRequest } from '~/lib/snippets/snippet-request';

const KEY = 'AbCdEf123GhIjKl456MnOpQr789';
const URL = 'https://sms.8x8.com/api/v1/subaccounts/acme_hq/messages';
const STEP = 'Webhooks by Zapier: Custom Request';

const request: SnippetRequest = {
	method: 'POST',
	url: URL,
	apiKey: KEY,
	body: { destination: '+6591234567', text: `Don't reply! Order "A&B"` },
};

describe('buildZapierFields', () => {
	it('lists the Custom Request values for case 18 with the key revealed', () => {
		expect(buildZapierFields(request, { revealKey: true })).toEqual([
			{ step: STEP, field: 'Method', value: 'POST' },
			{ step: STEP, field: 'URL', value: URL },
			{
				step: STEP,
				field: 'Data',
				value: '{\n  "destination": "+6591234567",\n  "text": "Don\'t reply! Order \\"A&B\\""\n}',
				note:
					'Zapier sends this text exactly as typed, so keep every backslash. ' +
					'A field mapped between the quotes breaks the JSON ' +
					'when its value holds a quote or a line break.',
			},
			{ step: STEP, field: 'Headers', name: 'Authorization', value: `Bearer ${KEY}` },
			{ step: STEP, field: 'Headers', name: 'Content-Type', value: 'application/json' },
		]);
	});

	it('masks the key by default and says so next to the header', () => {
		const fields = buildZapierFields(request);

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
