import { describe, expect, it } from 'vitest';

import { checkBatchRequest } from '~/lib/schema/check-batch-request';

import { batchSmsRequestExample } from './openapi-examples';

function found(value: unknown): string[] {
	return checkBatchRequest(value).issues.map((issue) => `${issue.path} ${issue.code}`);
}

describe('checkBatchRequest', () => {
	it('accepts the OpenAPI example without findings', () => {
		expect(checkBatchRequest(batchSmsRequestExample)).toMatchObject({ ok: true, issues: [] });
	});

	it('names the message and field of each problem', () => {
		const body = {
			messages: [{ destination: '+6591234567' }, { destination: 6591234567, text: ' ' }],
			clientBatchId: 'batch-for-the-whole-of-may',
		};
		expect(found(body)).toEqual([
			'messages[1].destination SCHEMA_DESTINATION_TYPE',
			'messages[1].text SCHEMA_TEXT_BLANK',
			'clientBatchId SCHEMA_CLIENT_BATCH_ID_TOO_LONG',
			'messages[0].text SCHEMA_TEXT_MISSING',
		]);
	});

	it('words a problem inside a message for the reader', () => {
		const body = {
			messages: [
				{ destination: '+6591234567', text: 'Hi' },
				{ destination: 'x', text: 'Hi' },
			],
		};
		const [issue] = checkBatchRequest(body).issues;
		expect(issue?.title).toMatchInlineSnapshot(
			`"The destination of message 2 is not a number 8x8 accepts: “x”."`,
		);
	});

	it.each([
		{
			name: 'neither list',
			body: { template: { text: 'Hi' } },
			expected: ['messages SCHEMA_MESSAGES_MISSING'],
		},
		{
			name: 'an empty destinations list',
			body: { destinations: [], template: { text: 'Hi' } },
			expected: ['destinations SCHEMA_DESTINATIONS_EMPTY'],
		},
		{
			name: 'destinations without template text',
			body: { destinations: ['+6591234567'] },
			expected: ['template.text SCHEMA_TEXT_MISSING'],
		},
		{
			name: 'a bad number in destinations',
			body: { destinations: ['+6591234567', '12'], template: { text: 'Hi' } },
			expected: ['destinations[1] SCHEMA_DESTINATION_PATTERN'],
		},
		{
			name: 'a message that is not an object',
			body: { messages: ['+6591234567'], template: { text: 'Hi' } },
			expected: ['messages[0] SCHEMA_MESSAGE_TYPE'],
		},
		{
			name: 'a bad template sender',
			body: { destinations: ['+6591234567'], template: { text: 'Hi', source: 'Acme & Co' } },
			expected: ['template.source SCHEMA_SOURCE_CHARACTERS'],
		},
		{
			name: 'messages as an object',
			body: { messages: { destination: '+6591234567' } },
			expected: ['messages SCHEMA_MESSAGES_TYPE'],
		},
	])('reports $name', ({ body, expected }) => {
		expect(found(body)).toEqual(expected);
	});

	it('warns that destinations is ignored next to messages', () => {
		const body = {
			messages: [{ destination: '+6591234567', text: 'Hi' }],
			destinations: ['+6591234567'],
		};
		const result = checkBatchRequest(body);
		expect(result.ok).toBe(true);
		expect(result.issues).toMatchObject([
			{ code: 'SCHEMA_DESTINATIONS_IGNORED', severity: 'warning', path: 'destinations' },
		]);
	});

	it('reports an unknown message field once, at the first message that has it', () => {
		const messages = Array.from({ length: 3 }, () => ({ destination: '+6591234567', txt: 'Hi' }));
		const result = checkBatchRequest({ messages, template: { text: 'Hi', sender: 'Acme' } });
		expect(result.issues.map(({ path, fix }) => ({ path, fix }))).toEqual([
			{
				path: 'template.sender',
				fix: 'Remove it, or compare its name with the request fields reference.',
			},
			{ path: 'messages[0].txt', fix: 'Rename it to text.' },
		]);
	});

	it('words the 10,001st destination as too many', () => {
		const destinations = Array.from({ length: 10_001 }, () => '+6591234567');
		const [issue] = checkBatchRequest({ destinations, template: { text: 'Hi' } }).issues;
		expect(issue).toMatchObject({
			code: 'SCHEMA_DESTINATIONS_TOO_MANY',
			title: 'The destinations list has 10,001 items; 8x8 takes at most 10,000.',
		});
	});
});
