import { describe, expect, it } from 'vitest';

import { SNIPPET_TARGETS } from '~/lib/snippets/snippet-targets';

describe('SNIPPET_TARGETS', () => {
	it('lists Workato fields, curl and JSON in display order with their grammars', () => {
		expect(SNIPPET_TARGETS).toEqual([
			{ id: 'workato', label: 'Workato fields', language: 'text' },
			{ id: 'curl', label: 'curl (bash, zsh)', language: 'bash' },
			{ id: 'json', label: 'JSON body', language: 'json' },
		]);
	});
});
