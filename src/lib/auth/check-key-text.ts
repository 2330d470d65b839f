// Ships to the browser: keep it free of secrets and heavy imports.

import type { Issue } from '~/lib/issue';

import { apiKeyMessages } from './api-key-messages';
import { toIssue } from './auth-messages';
import { keyCharacterIssues, type KeyLocation } from './key-character-issues';

const URL_LIKE = /:\/\/|^www\.|8x8\.(?:com|uk|id)\b|wavecell\.com/i;

// 8x8's OpenAPI pattern for the subAccountId path parameter.
const SUBACCOUNT_ID = /^[A-Za-z0-9\-._&]{3,50}$/;

// New accounts get a default subaccount named `<account>_hq`.
const DEFAULT_SUBACCOUNT_ID = /_hq$/i;

// 8x8 documents no key format; its sample keys are 42-43 letters and digits, so only
// values far from that are worth a warning.
const SHORTEST_KEY = 20;
const LONGEST_KEY = 64;

/**
 * Returns the findings about a key that has already lost its outer whitespace, quotes and
 * prefixes: empty, a URL or a subaccount ID instead of a key (each reported alone), else
 * character findings from `keyCharacterIssues` and a warning when the length is outside 20-64.
 */
export function checkKeyText(key: string, location: KeyLocation): Issue[] {
	const { path, offset } = location;
	if (key === '') {
		return [toIssue('API_KEY_EMPTY', apiKeyMessages.API_KEY_EMPTY(), path)];
	}
	if (URL_LIKE.test(key)) {
		return [
			toIssue('API_KEY_LOOKS_LIKE_URL', apiKeyMessages.API_KEY_LOOKS_LIKE_URL(), path, offset),
		];
	}
	if (looksLikeSubaccountId(key)) {
		const message = apiKeyMessages.API_KEY_LOOKS_LIKE_SUBACCOUNT();
		return [toIssue('API_KEY_LOOKS_LIKE_SUBACCOUNT', message, path, offset)];
	}

	const issues = keyCharacterIssues(key, location);
	const length = Array.from(key).length;
	if (length < SHORTEST_KEY || length > LONGEST_KEY) {
		issues.push(
			toIssue('API_KEY_UNUSUAL_LENGTH', apiKeyMessages.API_KEY_UNUSUAL_LENGTH({ length }), path),
		);
	}
	return issues;
}

function looksLikeSubaccountId(key: string): boolean {
	if (!SUBACCOUNT_ID.test(key)) {
		return false;
	}
	// A short value with a separator reads as a name such as `acme_hq` or `SubAccount-1`.
	return DEFAULT_SUBACCOUNT_ID.test(key) || (key.length < SHORTEST_KEY && /[-_.&]/.test(key));
}
