// Ships to the browser: the one model of 8x8's send-SMS endpoint, shared by MSW and tests.

import { API_MESSAGES, type ApiCode } from '~/lib/errors/api-messages';

import { checkSmsBody } from './check-sms-body';
import { PRACTICE_SUBACCOUNTS } from './mock-scenarios';
import { pickEncoding } from './pick-encoding';
import { randomUuid } from './random-uuid';
import { isBearerAuthorization, SMS_API_BASE_URLS, SMS_API_RULES } from './sms-api-rules';
import type { SmsApiAnswer, SmsApiModelOptions, SmsApiRequest } from './sms-api-types';

const MESSAGES_PATH = /^\/api\/v1\/subaccounts\/([^/]*)\/messages$/;
const JSON_HEADERS = { 'content-type': 'application/json' };

/**
 * Answers a request the way 8x8's `POST /api/v1/subaccounts/{subAccountId}/messages` would on
 * its four regional hosts. Checks run in this order: path (404, code 1300), method (405),
 * `Authorization: Bearer <key>` (401, 1200), subaccount pattern (401, 1001), practice
 * subaccounts from {@link PRACTICE_SUBACCOUNTS}, JSON content type (415), JSON syntax (400, 1000),
 * then the body fields (400 with 8x8's codes, or 200 `REJECTED` for a bad sender name).
 *
 * Any well-formed key is accepted: the mock holds no accounts. The 405 and 415 answers are the
 * mock's choice, since 8x8 documents neither. The `message` of each answer the model decides
 * itself is 8x8's text from `API_MESSAGES`; body-field and practice answers carry the wording of
 * `checkSmsBody` and {@link PRACTICE_SUBACCOUNTS}. Pure apart from the default clock and ID source.
 */
export function answerSmsRequest(
	request: SmsApiRequest,
	options: SmsApiModelOptions = {},
): SmsApiAnswer {
	const { now = () => new Date(), newId = randomUuid } = options;
	const error = (status: number, code: number, message: string, headers = {}): SmsApiAnswer => {
		const body = { code, message, errorId: newId(), timestamp: now().toISOString() };
		return { status, headers: { ...JSON_HEADERS, ...headers }, body };
	};
	const catalogued = (status: number, code: ApiCode, detail = '', headers = {}) =>
		error(status, code, `${API_MESSAGES[code]}${detail}`, headers);

	const subAccountId = matchSubAccountId(request.url);
	if (subAccountId === undefined) {
		return catalogued(404, 1300);
	}
	if (request.method.toUpperCase() !== 'POST') {
		const detail = `: method ${request.method} is not supported here; use POST`;
		return catalogued(405, 2001, detail, { allow: 'POST' });
	}

	const headers = lowerCaseNames(request.headers);
	if (!isBearerAuthorization(headers.get('authorization'))) {
		return catalogued(401, 1200);
	}
	if (!SMS_API_RULES.subAccountId.test(subAccountId)) {
		return catalogued(401, 1001);
	}
	const practice = Object.hasOwn(PRACTICE_SUBACCOUNTS, subAccountId)
		? PRACTICE_SUBACCOUNTS[subAccountId]
		: undefined;
	if (practice) {
		return error(practice.status, practice.code, practice.message, practice.headers);
	}

	if (!isJsonMediaType(headers.get('content-type'))) {
		return catalogued(415, 415);
	}
	const parsed = parseJson(request.body);
	if (!parsed.ok) {
		return catalogued(400, 1000, `: the request body is not valid JSON (${parsed.problem})`);
	}
	const verdict = checkSmsBody(parsed.value);
	if (!verdict.ok) {
		return error(400, verdict.code, verdict.message);
	}

	const { sms, rejection } = verdict;
	const body = {
		umid: newId(),
		clientMessageId: sms.clientMessageId,
		destination: sms.destination.replace(/^\+/, ''),
		encoding: pickEncoding(sms.text, sms.encoding),
		status: rejection
			? { code: 'REJECTED' as const, description: rejection }
			: { code: 'QUEUED' as const, description: 'SMS is accepted and queued for processing' },
	};
	return { status: 200, headers: { ...JSON_HEADERS }, body };
}

// Returns the decoded `{subAccountId}` (possibly empty or illegal), or undefined when the URL is
// not the messages endpoint on one of 8x8's hosts.
function matchSubAccountId(url: string): string | undefined {
	const parsed = parseUrl(url);
	const hosts: readonly string[] = SMS_API_BASE_URLS;
	if (!parsed || !hosts.includes(parsed.origin)) {
		return undefined;
	}

	const encoded = MESSAGES_PATH.exec(parsed.pathname)?.[1];
	if (encoded === undefined) {
		return undefined;
	}
	try {
		return decodeURIComponent(encoded);
	} catch {
		return encoded;
	}
}

function parseUrl(url: string): URL | undefined {
	try {
		return new URL(url);
	} catch {
		return undefined;
	}
}

// Repeated names (`Accept` and `accept`) are joined with ", " as the Fetch standard does.
function lowerCaseNames(headers: Record<string, string>): Map<string, string> {
	const merged = new Map<string, string>();
	for (const [name, value] of Object.entries(headers)) {
		const key = name.trim().toLowerCase();
		const earlier = merged.get(key);
		merged.set(key, earlier === undefined ? value.trim() : `${earlier}, ${value.trim()}`);
	}
	return merged;
}

// Parameters such as `charset=utf-8` are allowed; JSON is UTF-8 anyway.
function isJsonMediaType(contentType: string | undefined): boolean {
	const mediaType = contentType?.split(';')[0]?.trim().toLowerCase();
	return mediaType === 'application/json';
}

function parseJson(text: string): { ok: true; value: unknown } | { ok: false; problem: string } {
	try {
		return { ok: true, value: JSON.parse(text) as unknown };
	} catch (problem) {
		return { ok: false, problem: problem instanceof Error ? problem.message : String(problem) };
	}
}
