import { describe, expect, it } from 'vitest';

import { buildWorkatoFields, type WorkatoField } from '~/lib/snippets/build-workato-fields';
import type { SnippetRequest } from '~/lib/snippets/snippet-request';

const KEY = 'AbCdEf123GhIjKl456MnOpQr789';
const URL = 'https://sms.8x8.com/api/v1/subaccounts/acme_hq/messages';
const TEXT = `Don't reply! Order "A&B"`;

const request: SnippetRequest = {
	method: 'POST',
	url: URL,
	apiKey: KEY,
	body: { destination: '+6591234567', text: TEXT },
};

const HEADER_RULE = 'One header per line: the name, a colon, a space, then the value.';
const PRETTY_BODY =
	'{\n  "destination": "+6591234567",\n  "text": "Don\'t reply! Order \\"A&B\\""\n}';

const actionRows = (bodyNote: string): WorkatoField[] => [
	{ step: 'action', field: 'Action', value: 'Send request' },
	{ step: 'action', field: 'Method', value: 'POST' },
	{ step: 'action', field: 'Request URL', value: URL },
	{ step: 'action', field: 'Request content type', value: 'JSON request body' },
	{ step: 'action', field: 'Response content type', value: 'JSON' },
	{ step: 'action', field: 'Request body', value: PRETTY_BODY, note: bodyNote },
	{ step: 'action', field: 'destination', value: '+6591234567' },
];

describe('buildWorkatoFields', () => {
	it('lists the connection and action values for case 18 with the key revealed', () => {
		expect(buildWorkatoFields(request, { revealKey: true })).toEqual([
			{ step: 'connection', field: 'Connection name', value: '8x8 SMS' },
			{ step: 'connection', field: 'Authentication type', value: 'Header auth' },
			{
				step: 'connection',
				field: 'Header authorization',
				value: `Authorization: Bearer ${KEY}\nContent-Type: application/json`,
				note: HEADER_RULE,
			},
			...actionRows(
				'Paste this JSON as the sample request body. Workato makes an input field for each key.',
			),
			{
				step: 'action',
				field: 'text',
				value: TEXT,
				note: 'Type the text as it is, without backslashes: Workato escapes it.',
			},
		]);
	});

	it('masks the key by default and says so next to the header', () => {
		const fields = buildWorkatoFields(request);

		expect(fields[2]).toEqual({
			step: 'connection',
			field: 'Header authorization',
			value: 'Authorization: Bearer AbCd…r789\nContent-Type: application/json',
			note: `${HEADER_RULE} The key is masked here: type your full key after Bearer.`,
		});
		expect(JSON.stringify(fields)).not.toContain(KEY);
	});

	it('shows the placeholder and asks for the key when none is entered', () => {
		const header = buildWorkatoFields({ ...request, apiKey: '' })[2];

		expect(header?.value).toBe(
			'Authorization: Bearer <YOUR_API_KEY>\nContent-Type: application/json',
		);
		expect(header?.note).toBe(`${HEADER_RULE} Replace <YOUR_API_KEY> with your API key.`);
	});

	it('maps the text from Gmail datapills and explains why pills go into body fields', () => {
		const fields = buildWorkatoFields(request, { textSource: 'gmail', connectionName: 'SMS API' });

		expect(fields[0]?.value).toBe('SMS API');
		expect(fields.slice(3)).toEqual([
			...actionRows(
				'Paste this JSON only as the sample that creates the fields. ' +
					'Map datapills into the fields below, never into this JSON text.',
			),
			{
				step: 'action',
				field: 'text',
				value: 'New email from [From email]: [Subject]',
				note:
					'Drag the Gmail datapills into this body field; each [Name] stands for one pill. ' +
					'Workato escapes quotes and line breaks from the email in a body field. ' +
					'Pills typed inside a hand-written JSON string break the request when a subject has a quote.',
			},
		]);
	});

	it('uses the given Gmail text mapping', () => {
		const fields = buildWorkatoFields(request, { textSource: 'gmail', gmailText: '[Subject]' });

		expect(fields.at(-1)?.value).toBe('[Subject]');
	});

	it('shows non-string body values as JSON and leaves out undefined ones', () => {
		const body = {
			destination: '+61412345678',
			text: 'Hi',
			encoding: 'UCS2',
			n: 3,
			gone: undefined,
		};
		const rows = buildWorkatoFields({ ...request, body }).slice(9);

		expect(rows.map(({ field, value }) => [field, value])).toEqual([
			['destination', '+61412345678'],
			['text', 'Hi'],
			['encoding', 'UCS2'],
			['n', '3'],
		]);
	});
});
