// Ships to the browser: the one catalogue of 8x8 SMS API errors that the explanations, the mock
// and the reference page read.

import { ACCESS_CODES } from './api-codes-access';
import { MESSAGE_CODES } from './api-codes-message';
import { REQUEST_CODES } from './api-codes-request';
import { API_MESSAGES, type ApiCode } from './api-messages';
import type { ApiCodeEntry, HttpStatusEntry, RejectionReason } from './error-entry-schema';
import { HTTP_STATUSES } from './http-statuses';
import { REJECTION_REASONS } from './rejection-reasons';

/**
 * Every numbered `code` 8x8 documents for the SMS API, in ascending order, plus the mock's 415.
 * The chat-apps codes 3015 to 3060 share one entry.
 */
export const API_CODES = [...REQUEST_CODES, ...ACCESS_CODES, ...MESSAGE_CODES]
	.sort((a, b) => a.code - b.code)
	.map((entry) => ({ ...entry, apiMessage: API_MESSAGES[entry.code] }));

/**
 * Returns the entry for an error body's `code`, including a code inside a documented range
 * such as 3020, or `undefined` for a code 8x8 does not document.
 */
export function findApiCode(code: number): ApiCodeEntry | undefined {
	const entries: readonly ApiCodeEntry[] = API_CODES;
	return entries.find((entry) => code >= entry.code && code <= (entry.lastCode ?? entry.code));
}

/**
 * Returns the entry of a code the catalogue is known to hold; the type rules out any other.
 * @throws {Error} when the entry is missing anyway (a broken catalogue).
 */
export function getApiCode(code: ApiCode): ApiCodeEntry {
	const entry = findApiCode(code);
	if (!entry) {
		throw new Error(`The error catalogue has no entry for code ${code}.`);
	}
	return entry;
}

/** Returns the entry for an HTTP status, or `undefined` for one 8x8 does not list. */
export function findHttpStatus(status: number): HttpStatusEntry | undefined {
	const entries: readonly HttpStatusEntry[] = HTTP_STATUSES;
	return entries.find((entry) => entry.status === status);
}

/**
 * Returns the reason whose 8x8 description matches `description`, ignoring letter case and
 * surrounding spaces, or `undefined` for any other wording.
 */
export function findRejectionReason(description: string): RejectionReason | undefined {
	const wanted = description.trim().toLowerCase();
	const reasons: readonly RejectionReason[] = REJECTION_REASONS;
	return reasons.find((reason) => reason.description.toLowerCase() === wanted);
}
