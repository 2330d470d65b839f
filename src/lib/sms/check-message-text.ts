// Ships to the browser: keep it free of secrets and heavy imports.

import type { CheckResult, Issue } from '~/lib/issue';

import { analyzeEncoding, type EncodingAnalysis } from './analyze-encoding';
import { describeCharacter } from './describe-character';
import { SMS_LIMITS } from './limits';
import { makeIssue } from './make-issue';

// Zero-width characters count as blank: they are invisible but JavaScript's trim keeps them.
const BLANK = /^[\s\u200b-\u200d\u2060\ufeff]*$/;
const MAX_PARTS = SMS_LIMITS.maxParts;
const LISTED_CHARACTERS = 5;

/**
 * Checks the SMS text (8x8's required `text`) and returns it unchanged. Error `TEXT_EMPTY` when
 * nothing but whitespace is left (`""`, `"   "`, `"\r\n"`). Warning `TEXT_TOO_MANY_PARTS` above
 * 10 parts, where 8x8 truncates. Info `TEXT_UCS2` naming the characters that make AUTO
 * encoding pick UCS-2, which shrinks each part from 160 to 70 characters.
 */
export function checkMessageText(text: string): CheckResult<string> {
	if (BLANK.test(text)) {
		return { ok: false, issues: [emptyIssue()] };
	}

	const analysis = analyzeEncoding(text);
	const issues: Issue[] = [];
	if (analysis.overLimit) {
		issues.push(tooManyPartsIssue(analysis));
	}
	if (analysis.encoding === 'UCS2') {
		issues.push(ucs2Issue(analysis));
	}
	return { ok: true, value: text, issues };
}

function emptyIssue(): Issue {
	return makeIssue({
		code: 'TEXT_EMPTY',
		severity: 'error',
		path: 'text',
		title: 'Text is required and is empty after trimming.',
		detail:
			'8x8 rejects an SMS without text. An email with no subject or an image-only body ' +
			'maps to an empty value.',
		fix: 'Give the text a fallback, such as: New email from {{from}} (no subject)',
	});
}

function tooManyPartsIssue(analysis: EncodingAnalysis): Issue {
	const kept = analysis.parts.slice(0, MAX_PARTS).join('');
	return makeIssue({
		code: 'TEXT_TOO_MANY_PARTS',
		severity: 'warning',
		path: 'text',
		title: `The text needs ${analysis.segments} SMS parts; 8x8 sends at most ${MAX_PARTS}.`,
		detail: `8x8 truncates longer texts to ${MAX_PARTS} parts, so only the first ${
			Array.from(kept).length
		} characters arrive.`,
		fix: 'Shorten the text, for example by sending only the subject line.',
		position: kept.length,
	});
}

function ucs2Issue(analysis: EncodingAnalysis): Issue {
	const distinct = [...new Map(analysis.nonGsm.map((item) => [item.char, item])).values()];
	const listed = distinct
		.slice(0, LISTED_CHARACTERS)
		.map((item) => describeCharacter(item.char))
		.join(', ');
	const more =
		distinct.length > LISTED_CHARACTERS ? ` and ${distinct.length - LISTED_CHARACTERS} more` : '';
	return makeIssue({
		code: 'TEXT_UCS2',
		severity: 'info',
		path: 'text',
		title: `Sent as UCS-2 because of ${listed}${more}.`,
		detail:
			'One character outside the GSM-7 alphabet switches the whole text to UCS-2, ' +
			'where a part holds 70 characters instead of 160.',
		fix: 'Replace those characters with plain ones if the text should fit in fewer parts.',
		position: analysis.nonGsm[0]?.index,
	});
}
