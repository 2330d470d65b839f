// Ships to the browser: keep it free of secrets and heavy imports.

/**
 * The one request every snippet generator describes: a built 8x8 "send SMS" call.
 * The URL and body are taken as they are; checking them is the caller's job.
 */
export interface SnippetRequest {
	method: 'POST';
	/** Absolute URL, e.g. `https://sms.8x8.com/api/v1/subaccounts/acme_hq/messages`. */
	url: string;
	/** The reader's API key; an empty string stands for "not entered yet". */
	apiKey: string;
	/** A JSON-serialisable object; generators serialise it with `JSON.stringify`. */
	body: unknown;
}

/** How a generator treats the API key. */
export interface SnippetOptions {
	/**
	 * Puts the full key into the snippet; otherwise it is masked so screenshots and
	 * screen shares do not leak it.
	 * @default false
	 */
	revealKey?: boolean;
	/**
	 * Turns a non-empty key into its masked form.
	 * @default first 4 characters, `…`, last 4; keys under 12 characters become 8 `•`
	 */
	maskKey?: (key: string) => string;
}
