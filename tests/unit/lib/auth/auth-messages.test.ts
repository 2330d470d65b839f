import { describe, expect, it } from 'vitest';

import { apiKeyMessages } from '~/lib/auth/api-key-messages';
import { HEADER_AUTH_SETUP, toIssue, type AuthMessage } from '~/lib/auth/auth-messages';
import { authorizationMessages } from '~/lib/auth/authorization-messages';
import { connectionTypeMessages } from '~/lib/auth/check-connection-type';
import { contentTypeMessages } from '~/lib/auth/content-type-messages';
import { headerLineMessages } from '~/lib/auth/header-line-messages';

// Typical values at the long end; a reader who types a very long media type gets a longer title.
const FACTS = {
	line: 12,
	name: 'Content-Type',
	typed: 'Authorisation',
	edge: 'starts',
	first: 10,
	fixed: 'Authorization: Bearer AbCd…r789',
	scheme: 'ApiKey',
	type: 'multipart/form-data',
	parameter: 'charset=iso-8859-1',
	place: 'line 12, character 29',
	codePoint: 'U+FEFF',
	length: 128,
	removed: ['2 spaces', '1 line break', 'a Bearer prefix'],
} as const;

const tables = {
	...apiKeyMessages,
	...headerLineMessages,
	...authorizationMessages,
	...contentTypeMessages,
	...connectionTypeMessages,
};
const messages = Object.entries(tables).map(([code, build]) => ({
	code,
	message: (build as (facts: typeof FACTS) => AuthMessage)(FACTS),
}));

describe('auth messages', () => {
	it.each(messages)('words $code as what, why and fix in full sentences', ({ message }) => {
		for (const text of [message.title, message.detail, message.fix]) {
			expect(text).toMatch(/^[A-Z0-9]/);
			expect(text).toMatch(/\.$/);
			expect(text).not.toMatch(/!|^error\b|^warning\b|\bshould have\b|\byou forgot\b/i);
		}
		expect(message.detail).not.toBe(message.title);
	});

	it.each(messages)('keeps the title of $code short', ({ message }) => {
		expect(message.title.length).toBeLessThanOrEqual(80);
	});

	it.each(messages)('gives $code a stable UPPER_SNAKE code', ({ code }) => {
		expect(code).toMatch(/^(API_KEY|HEADER|CONNECTION_TYPE)_[A-Z0-9_]+$/);
	});

	it('gives every connection type the same Header auth setup as its fix', () => {
		const fixes = Object.values(connectionTypeMessages).map((build) => build().fix);
		expect(new Set(fixes)).toEqual(new Set([HEADER_AUTH_SETUP]));
		expect(HEADER_AUTH_SETUP).toMatchInlineSnapshot(
			`"In the Workato connection choose Header auth, enter Authorization as the header name, and as the value the word Bearer, one space, then your API key."`,
		);
	});
});

describe('toIssue', () => {
	const message: AuthMessage = { severity: 'error', title: 'T.', detail: 'D.', fix: 'F.' };

	it('adds the code, the path and the position', () => {
		expect(toIssue('API_KEY_EMPTY', message, 'apiKey', 0)).toEqual({
			code: 'API_KEY_EMPTY',
			path: 'apiKey',
			position: 0,
			...message,
		});
	});

	it('leaves position out when there is none', () => {
		expect(toIssue('API_KEY_EMPTY', message, 'apiKey')).not.toHaveProperty('position');
	});
});
