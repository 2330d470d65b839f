import { describe, expect, it } from 'vitest';

import { describeCharacterAt } from '~/lib/sms/describe-character-at';

describe('describeCharacterAt', () => {
	it.each([
		{ text: 'A&B', index: 1, result: '“&” (U+0026) at character 2' },
		{ text: '🔥&', index: 2, result: '“&” (U+0026) at character 2' },
		{ text: 'a🔥', index: 1, result: '“🔥” (U+1F525) at character 2' },
		{ text: 'ab', index: 5, result: '' },
	])('describes index $index of $text', ({ text, index, result }) => {
		expect(describeCharacterAt(text, index)).toBe(result);
	});
});
