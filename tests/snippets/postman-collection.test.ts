import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';

import { buildPostmanCollection } from '~/lib/snippets/build-postman-collection';
import { startFakeSmsServer, type FakeSmsServer } from '~/server/fake-sms-server';

import { expectSentExactly } from './support/expect-sent';
import { DESTINATION, HARD_TEXTS, snippetRequest } from './support/hard-texts';

interface PostmanRequest {
	method: string;
	url: string;
	header: { key: string; value: string }[];
	body: { mode: string; raw: string; options: { raw: { language: string } } };
}

interface PostmanCollection {
	info: { name: string; schema: string };
	item: { name: string; request: PostmanRequest }[];
}

let server: FakeSmsServer;

beforeAll(async () => {
	server = await startFakeSmsServer();
});
afterAll(() => server.close());
beforeEach(() => server.reset());

describe('Postman collection sent as Postman reads it', () => {
	it.each(HARD_TEXTS)('delivers the $name text and both headers unchanged', async ({ text }) => {
		const built = buildPostmanCollection(snippetRequest(server.url, text), { revealKey: true });
		const collection = JSON.parse(built) as PostmanCollection;
		const request = collection.item[0]?.request as PostmanRequest;

		expect(collection.info.schema).toBe(
			'https://schema.getpostman.com/json/collection/v2.1.0/collection.json',
		);
		expect(collection.item).toHaveLength(1);
		expect(request.body.mode).toBe('raw');
		expect(request.body.options.raw.language).toBe('json');
		// Postman would replace {{name}} in a raw body with a variable before sending.
		expect(request.body.raw).not.toContain('{{');
		expect(JSON.parse(request.body.raw)).toEqual({ destination: DESTINATION, text });

		const response = await fetch(request.url, {
			method: request.method,
			headers: request.header.map(({ key, value }): [string, string] => [key, value]),
			body: request.body.raw,
		});

		expect(response.status).toBe(200);
		expectSentExactly(server.requests, text);
	});
});
