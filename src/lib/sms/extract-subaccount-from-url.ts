// Ships to the browser: keep it free of secrets and heavy imports.

const URL_LIKE = /^(?:[a-z][a-z\d+.-]*:\/\/|(?:sms|api)\.[\w.-]+\/)/i;
const CURRENT_PATH = /\/subaccounts\/([^/?#]*)/i;
const WAVECELL_PATH = /\/sms\/v1\/([^/?#]*)/i;

/**
 * Returns what the reader pasted where a sub-account id belongs when it is a URL: `isUrl`, and
 * `id`, the decoded path segment after `/subaccounts/` (current API) or `/sms/v1/` (retired
 * Wavecell API), or `undefined` when the URL has neither. Plain ids give `{ isUrl: false }`.
 * @example extractSubaccountFromUrl('https://sms.8x8.com/api/v1/subaccounts/acme_hq/messages')
 * // { isUrl: true, id: 'acme_hq' }
 */
export function extractSubaccountFromUrl(raw: string): { isUrl: boolean; id?: string } {
	const text = raw.trim();
	if (!URL_LIKE.test(text)) {
		return { isUrl: false };
	}

	const segment = CURRENT_PATH.exec(text)?.[1] ?? WAVECELL_PATH.exec(text)?.[1];
	if (segment === undefined || segment === '') {
		return { isUrl: true };
	}
	return { isUrl: true, id: safeDecode(segment) };
}

function safeDecode(segment: string): string {
	try {
		return decodeURIComponent(segment);
	} catch {
		return segment;
	}
}
