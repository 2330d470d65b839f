// Ships to the browser: keep it free of secrets and heavy imports.

import { hasBlockingIssue, type CheckResult } from '~/lib/issue';

import { apiKeyMessages } from './api-key-messages';
import { toIssue } from './auth-messages';
import { checkKeyText } from './check-key-text';
import { unwrapApiKey } from './unwrap-api-key';

/** A key ready for the `Authorization` header, and what was removed to get it. */
export interface CleanApiKey {
	key: string;
	/** Human phrases such as `2 spaces`, `1 line break`, `surrounding quotes`, `a Bearer prefix`. */
	removed: string[];
}

const PATH = 'apiKey';

/**
 * Checks a pasted 8x8 API key and returns it cleaned for display and for the header.
 *
 * Safe wrapping is removed and reported, in `removed` and as an `API_KEY_CLEANED` info issue:
 * outer whitespace, one pair of quotes, a pasted `Authorization:` name and `Bearer ` prefixes.
 * Anything inside the key is never repaired: whitespace, invisible and non-ASCII characters are
 * errors that give the code point and position. Empty input, a URL or a subaccount ID are errors
 * too; any error makes the result `ok: false` with the issues alone. An unusual length or
 * character is a warning, as 8x8 documents no key format. Positions are 0-based indexes into
 * `raw`, and messages count characters of `raw` from 1. No message contains the key.
 */
export function cleanApiKey(raw: string): CheckResult<CleanApiKey> {
	const { start, end, removed } = unwrapApiKey(raw);
	const key = raw.slice(start, end);
	const issues = checkKeyText(key, {
		path: PATH,
		offset: start,
		place: (position) => `character ${position + 1}`,
	});

	if (hasBlockingIssue(issues)) {
		return { ok: false, issues };
	}

	if (removed.length > 0) {
		const message = apiKeyMessages.API_KEY_CLEANED({ removed });
		issues.unshift(toIssue('API_KEY_CLEANED', message, PATH));
	}
	return { ok: true, value: { key, removed }, issues };
}
