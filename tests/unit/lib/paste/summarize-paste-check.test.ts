import { describe, expect, it } from 'vitest';

import { checkPastedBody } from '~/lib/paste/check-pasted-body';
import { summarizePasteCheck } from '~/lib/paste/summarize-paste-check';

describe('summarizePasteCheck', () => {
	it.each([
		{ text: '', summary: 'Paste a request body to check it.' },
		{
			text: '{"destination": +6591234567, "text": "Hi"}',
			summary: 'Not valid JSON: see line 1, column 17.',
		},
		{
			text: '{"destination": "+6591234567", "text": "Hi"}',
			summary: 'Valid JSON, and a send-one-SMS body 8x8 accepts.',
		},
		{
			text: '{"destination": "+6591234567", "text": "Hi", "from": "Acme"}',
			summary: 'Valid JSON, and a send-one-SMS body 8x8 accepts. See 1 note below.',
		},
		{
			text: '{"destinations": [6591234567, "1"], "template": {"text": "Hi"}}',
			summary: 'Valid JSON, but 2 problems for 8x8 as a batch body.',
		},
	])('sums up $text', ({ text, summary }) => {
		expect(summarizePasteCheck(checkPastedBody(text))).toBe(summary);
	});
});
