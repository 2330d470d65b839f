import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';

import { buildMakeFields } from '~/lib/snippets/build-make-fields';
import { buildN8nFields } from '~/lib/snippets/build-n8n-fields';
import { buildZapierFields } from '~/lib/snippets/build-zapier-fields';
import type { SnippetRequest } from '~/lib/snippets/snippet-request';
import type { ToolField } from '~/lib/snippets/tool-field';
import { startFakeSmsServer, type FakeSmsServer } from '~/server/fake-sms-server';

import { expectSentExactly } from './support/expect-sent';
import { HARD_TEXTS, snippetRequest } from './support/hard-texts';

interface ToolRequest {
	method: string;
	url: string;
	headers: [string, string][];
	body: string;
}

const value = (fields: ToolField[], step: string, field: string): string => {
	const row = fields.find((entry) => entry.step === step && entry.field === field);
	if (row === undefined) {
		throw new Error(`No ${step} › ${field} row`);
	}
	return row.value;
};

const headerRows = (fields: ToolField[]): [string, string][] =>
	fields.flatMap((row) => (row.name === undefined ? [] : [[row.name, row.value]]));

// Each tool's request as its documentation describes it, from the values a reader types.
const TOOLS = [
	{
		tool: 'Zapier',
		build: (request: SnippetRequest): ToolRequest => {
			const fields = buildZapierFields(request, { revealKey: true });
			const step = 'Webhooks by Zapier: Custom Request';
			return {
				method: value(fields, step, 'Method'),
				url: value(fields, step, 'URL'),
				headers: headerRows(fields),
				body: value(fields, step, 'Data'),
			};
		},
	},
	{
		tool: 'Make',
		build: (request: SnippetRequest): ToolRequest => {
			const fields = buildMakeFields(request, { revealKey: true });
			const step = 'HTTP: Make a request';
			expect(value(fields, step, 'Body type')).toBe('Raw');
			expect(value(fields, step, 'Content type')).toBe('JSON (application/json)');
			return {
				method: value(fields, step, 'Method'),
				url: value(fields, step, 'URL'),
				headers: [...headerRows(fields), ['Content-Type', 'application/json']],
				body: value(fields, step, 'Request content'),
			};
		},
	},
	{
		tool: 'n8n',
		build: (request: SnippetRequest): ToolRequest => {
			const fields = buildN8nFields(request, { revealKey: true });
			const credential = 'Header Auth credential';
			const node = 'HTTP Request node';
			expect(value(fields, node, 'Body Content Type')).toBe('JSON');
			expect(value(fields, node, 'Specify Body')).toBe('Using JSON');
			return {
				method: value(fields, node, 'Method'),
				url: value(fields, node, 'URL'),
				headers: [
					[value(fields, credential, 'Name'), value(fields, credential, 'Value')],
					['Content-Type', 'application/json'],
				],
				body: value(fields, node, 'JSON'),
			};
		},
	},
];

let server: FakeSmsServer;

beforeAll(async () => {
	server = await startFakeSmsServer();
});
afterAll(() => server.close());
beforeEach(() => server.reset());

describe.each(TOOLS)('$tool fields sent as the tool sends them', ({ build }) => {
	it.each(HARD_TEXTS)('delivers the $name text and both headers unchanged', async ({ text }) => {
		const request = build(snippetRequest(server.url, text));

		// Typed {{ }} can read as a mapped value in these tools.
		expect(request.body).not.toContain('{{');
		const response = await fetch(request.url, request);

		expect(response.status).toBe(200);
		expectSentExactly(server.requests, text);
	});
});
