import { describe, expect, it } from 'vitest';

import { findJsonError } from '~/lib/paste/find-json-error';
import { offerSyntaxFixes } from '~/lib/paste/offer-syntax-fixes';

function offer(text: string): string[] {
	const error = findJsonError(text);
	return error ? offerSyntaxFixes(text, error).map((fix) => fix.id) : [];
}

describe('offerSyntaxFixes', () => {
	it.each([
		{ name: 'curly quotes', text: '{“text”: “Hi”}', ids: ['straighten-quotes'] },
		{ name: 'a trailing comma', text: '{"text": "Hi",}', ids: ['remove-trailing-commas'] },
		{ name: 'an inner quote', text: '{"text": "a "b" c"}', ids: ['escape-inner-quotes'] },
		{ name: 'a + number', text: '{"destination": +6591234567}', ids: ['quote-plus-numbers'] },
		{
			name: 'a raw CR LF',
			text: '{"text": "a\r\nb"}',
			ids: ['escape-control-characters', 'normalize-whitespace'],
		},
		{
			name: 'a raw LF, where both fixes give the same text',
			text: '{"text": "a\nb"}',
			ids: ['escape-control-characters'],
		},
		{ name: 'a comment', text: '{"text": "Hi" // note\n}', ids: [] },
		{ name: 'a cut-off body', text: '{"text": "Hi"', ids: [] },
	])('offers the fixes for $name', ({ text, ids }) => {
		expect(offer(text)).toEqual(ids);
	});

	it('offers a fix that gets past the first error even when a later one remains', () => {
		const text = '{"text": "a "b" c", "n": +5,}';
		const [fix] = offerSyntaxFixes(text, findJsonError(text)!);
		expect(fix?.text).toBe('{"text": "a \\"b\\" c", "n": +5,}');
		expect(findJsonError(fix?.text ?? '')).toMatchObject({ kind: 'plus-number' });
	});
});
