// Ships to the browser: checks a request body a reader pasted, from JSON syntax to 8x8's rules.

import { hasBlockingIssue, type Issue } from '~/lib/issue';
import { checkBatchRequest } from '~/lib/schema/check-batch-request';
import { checkSmsRequest } from '~/lib/schema/check-sms-request';

import { describeJsonError } from './describe-json-error';
import { findJsonError } from './find-json-error';
import { locateOffset } from './locate-offset';
import { offerSyntaxFixes } from './offer-syntax-fixes';
import { refineNumberDestinations } from './refine-number-destinations';
import type { JsonSyntaxError, PasteCheck, RequestShape } from './types';

/** The most findings listed at once; a batch of 10,000 bad messages would swamp the page. */
export const MAX_LISTED_ISSUES = 20;

/**
 * Checks pasted text as the body of 8x8's send request and returns what a reader needs:
 *
 * - `empty` for nothing but whitespace;
 * - `json-error` with the first syntax error, located by line and column, worded as one
 *   `JSON_<KIND>` issue, and the fixes for its kind (smart quotes, trailing commas, raw line
 *   breaks or tabs in strings, unescaped inner quotes, a `+` before a number);
 * - `request` for valid JSON, checked as a batch when it has `messages` or `destinations` and
 *   as one SMS otherwise, with the schema findings, a fix for phone numbers written as numbers,
 *   and `ok` when nothing blocks sending.
 *
 * Findings beyond {@link MAX_LISTED_ISSUES} are summed up in one `PASTE_MORE_FINDINGS` note.
 * Never throws, and reads a 1 MB paste in linear time. Fixes are only offered: applying one is
 * the caller's choice.
 */
export function checkPastedBody(text: string): PasteCheck {
	if (text.trim() === '') {
		return { kind: 'empty', ok: false, issues: [], fixes: [] };
	}

	const parsed = parseJson(text);
	if (!parsed.ok) {
		const error = findJsonError(text) ?? unlocatedError(text);
		const issues = [describeJsonError(error, text)];
		return { kind: 'json-error', ok: false, error, issues, fixes: offerSyntaxFixes(text, error) };
	}

	const shape: RequestShape = isBatch(parsed.value) ? 'batch' : 'single';
	const checked =
		shape === 'batch' ? checkBatchRequest(parsed.value) : checkSmsRequest(parsed.value);
	const { issues, fixes } = refineNumberDestinations(text, parsed.value, checked.issues);
	return {
		kind: 'request',
		ok: !hasBlockingIssue(issues),
		shape,
		issues: capIssues(issues),
		fixes,
	};
}

function parseJson(text: string): { ok: true; value: unknown } | { ok: false } {
	try {
		return { ok: true, value: JSON.parse(text) as unknown };
	} catch {
		return { ok: false };
	}
}

// JSON.parse and jsonc-parser agree on what is valid JSON; should they ever differ, the reader
// still gets a finding, at the start of the text.
function unlocatedError(text: string): JsonSyntaxError {
	return { kind: 'syntax', offset: 0, ...locateOffset(text, 0), parserCode: 'Unknown' };
}

function isBatch(value: unknown): boolean {
	if (typeof value !== 'object' || value === null || Array.isArray(value)) {
		return false;
	}
	return Object.hasOwn(value, 'messages') || Object.hasOwn(value, 'destinations');
}

function capIssues(issues: Issue[]): Issue[] {
	if (issues.length <= MAX_LISTED_ISSUES) {
		return issues;
	}

	const rest = issues.length - MAX_LISTED_ISSUES;
	const more: Issue = {
		code: 'PASTE_MORE_FINDINGS',
		severity: 'info',
		path: 'body',
		title: `${rest.toLocaleString('en')} more findings are not listed.`,
		detail: `The list stops at ${MAX_LISTED_ISSUES} findings so the page stays quick.`,
		fix: 'Fix the ones above first; the rest show up as you go.',
	};
	return [...issues.slice(0, MAX_LISTED_ISSUES), more];
}
