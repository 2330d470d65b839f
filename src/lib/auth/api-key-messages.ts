// Ships to the browser: keep it free of secrets and heavy imports.

import type { AuthMessage } from './auth-messages';

/** A character found in a key, described without showing the key. */
export interface KeyCharacterFacts {
	/** Where it is, in words: `character 7` or `line 1, character 29`. */
	place: string;
	/** `U+200B` style code point. */
	codePoint: string;
	/** What the character is, e.g. `zero-width space`, or the character itself when visible. */
	name: string;
}

const COPY_AGAIN =
	'Copy the key again straight from the API Keys page of 8x8 Connect and paste it.';
const NO_FORMAT =
	'8x8 does not publish a key format, but its sample keys are 42 or 43 letters and digits';

/** Message builders for findings about an API key, keyed by issue code. */
export const apiKeyMessages = {
	API_KEY_EMPTY: (): AuthMessage => ({
		severity: 'error',
		title: 'The API key is empty.',
		detail: '8x8 knows your account by its key, so a request without one is refused with 401.',
		fix: 'Paste the key from the API Keys page of 8x8 Connect.',
	}),
	API_KEY_LOOKS_LIKE_URL: (): AuthMessage => ({
		severity: 'error',
		title: 'This is a web address, not an API key.',
		detail: 'The address goes in the Request URL of the Send request action, not in a header.',
		fix: COPY_AGAIN,
	}),
	API_KEY_LOOKS_LIKE_SUBACCOUNT: (): AuthMessage => ({
		severity: 'error',
		title: 'This looks like a subaccount ID, not an API key.',
		detail:
			'A subaccount ID such as yourcompany_hq belongs in the URL path ' +
			'(/subaccounts/yourcompany_hq/messages); the key is a long run of letters and digits.',
		fix: 'Put the subaccount ID in the request URL and paste the API key from 8x8 Connect here.',
	}),
	API_KEY_INNER_WHITESPACE: ({ place, name }: KeyCharacterFacts): AuthMessage => ({
		severity: 'error',
		title: `${name} at ${place}, inside the key.`,
		detail:
			'A key never contains spaces, tabs or line breaks, and removing one from the middle ' +
			'could hide a key that was cut in two, so it is not removed for you.',
		fix: COPY_AGAIN,
	}),
	API_KEY_INVISIBLE_CHARACTER: ({ place, codePoint, name }: KeyCharacterFacts): AuthMessage => ({
		severity: 'error',
		title: `Invisible character ${codePoint} at ${place}.`,
		detail:
			`${codePoint} is a ${name}: it takes no room on screen, but it is sent with the key, ` +
			'so the key no longer matches and 8x8 answers 401.',
		fix: COPY_AGAIN,
	}),
	API_KEY_NON_ASCII_CHARACTER: ({ place, codePoint, name }: KeyCharacterFacts): AuthMessage => ({
		severity: 'error',
		title: `Non-ASCII character ${codePoint} at ${place}.`,
		detail:
			`${name} (${codePoint}) may look like a plain letter or sign, but API keys use plain ` +
			'ASCII only; autocorrect, PDFs and some fonts swap such look-alikes in.',
		fix: COPY_AGAIN,
	}),
	API_KEY_UNUSUAL_CHARACTER: ({ place, name }: KeyCharacterFacts): AuthMessage => ({
		severity: 'warning',
		title: `Unusual character ${name} at ${place}.`,
		detail: `${NO_FORMAT}, so this may be a stray character picked up while copying.`,
		fix: 'Compare the key with the one in 8x8 Connect and delete the character if it is not there.',
	}),
	API_KEY_UNUSUAL_LENGTH: ({ length }: { length: number }): AuthMessage => ({
		severity: 'warning',
		title: `The key is ${length} ${length === 1 ? 'character' : 'characters'} long.`,
		detail:
			`${NO_FORMAT}, so a much shorter or longer value was often cut off ` +
			'or picked up extra text.',
		fix: 'Compare the key with the one in 8x8 Connect, and copy it again if they differ.',
	}),
	API_KEY_CLEANED: ({ removed }: { removed: readonly string[] }): AuthMessage => ({
		severity: 'info',
		title: `Removed from the pasted key: ${removed.join(', ')}.`,
		detail:
			'Copying a key often brings along spaces, line breaks, quotes or a Bearer prefix, ' +
			'and the header must carry the bare key.',
		fix: 'Nothing to do: check that the cleaned key matches the one in 8x8 Connect.',
	}),
};

/** Every issue code `cleanApiKey` can return. */
export type ApiKeyIssueCode = keyof typeof apiKeyMessages;
