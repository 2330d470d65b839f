import { describe, expect, it } from 'vitest';

import { SNIPPET_TARGETS } from '~/lib/snippets/snippet-targets';

describe('SNIPPET_TARGETS', () => {
	it('lists every target in display order with its kind and grammar', () => {
		expect(SNIPPET_TARGETS.map(({ id, kind, language }) => [id, kind, language])).toEqual([
			['workato', 'fields', 'text'],
			['curl', 'code', 'bash'],
			['json', 'code', 'json'],
			['powershell', 'code', 'powershell'],
			['httpie', 'code', 'bash'],
			['fetch', 'code', 'js'],
			['python', 'code', 'python'],
			['http-file', 'file', 'http'],
			['postman', 'file', 'json'],
			['zapier', 'fields', 'text'],
			['make', 'fields', 'text'],
			['n8n', 'fields', 'text'],
		]);
	});

	it('gives a file name to every download and to nothing else', () => {
		const named = SNIPPET_TARGETS.flatMap((target) =>
			'fileName' in target ? [[target.id, target.kind, target.fileName]] : [],
		);

		expect(named).toEqual([
			['http-file', 'file', 'send-sms.http'],
			['postman', 'file', '8x8-sms.postman_collection.json'],
		]);
	});

	it('uses each id once', () => {
		const ids = SNIPPET_TARGETS.map(({ id }) => id);

		expect(new Set(ids).size).toBe(ids.length);
	});
});
