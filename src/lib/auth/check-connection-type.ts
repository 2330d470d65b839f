// Ships to the browser: keep it free of secrets and heavy imports.

import type { Issue } from '~/lib/issue';

import { HEADER_AUTH_SETUP, toIssue, type AuthMessage } from './auth-messages';

/** The Workato HTTP connection authentication types the guide tells apart. */
export type ConnectionType = 'header' | 'basic' | 'none' | 'oauth2' | 'api-key';

const PATH = 'connectionType';

/** Message builders for a wrong connection type, keyed by issue code. */
export const connectionTypeMessages = {
	CONNECTION_TYPE_BASIC: (): AuthMessage => ({
		severity: 'error',
		title: 'Basic auth does not work with the 8x8 SMS API.',
		detail:
			'Basic sends a username and password, but 8x8 reads the API key only from an ' +
			'Authorization header after the word Bearer, so every request gets 401. ' +
			'Your subaccount ID is not a username either: it goes in the request URL path, ' +
			'as in /subaccounts/yourcompany_hq/messages.',
		fix: HEADER_AUTH_SETUP,
	}),
	CONNECTION_TYPE_NONE: (): AuthMessage => ({
		severity: 'error',
		title: 'The connection sends no credentials.',
		detail: '8x8 answers every request without an API key with 401.',
		fix: HEADER_AUTH_SETUP,
	}),
	CONNECTION_TYPE_OAUTH2: (): AuthMessage => ({
		severity: 'error',
		title: '8x8 SMS does not use OAuth 2.',
		detail:
			'8x8 has no OAuth sign-in or token endpoint for SMS; the API key from 8x8 Connect ' +
			'is the only credential, sent as it is after Bearer.',
		fix: HEADER_AUTH_SETUP,
	}),
	CONNECTION_TYPE_API_KEY: (): AuthMessage => ({
		severity: 'warning',
		title: 'An API key type works only in the Authorization header.',
		detail:
			'API key settings often send the key as a query parameter or in a header such as ' +
			'X-API-Key, but 8x8 reads it only from Authorization, after the word Bearer.',
		fix: HEADER_AUTH_SETUP,
	}),
};

const codes = {
	basic: 'CONNECTION_TYPE_BASIC',
	none: 'CONNECTION_TYPE_NONE',
	oauth2: 'CONNECTION_TYPE_OAUTH2',
	'api-key': 'CONNECTION_TYPE_API_KEY',
} as const;

/**
 * Returns the findings about the authentication type chosen for the Workato HTTP connection:
 * none for Header auth; an error for Basic (8x8 wants a Bearer header, and the subaccount ID
 * belongs in the URL, not in a username), None and OAuth 2; a warning for an API key type.
 * Every finding's fix is the same Header auth setup.
 */
export function checkConnectionType(type: ConnectionType): Issue[] {
	if (type === 'header') {
		return [];
	}
	const code = codes[type];
	return [toIssue(code, connectionTypeMessages[code](), PATH)];
}
