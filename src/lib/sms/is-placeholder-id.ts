// Ships to the browser: keep it free of secrets and heavy imports.

// Compared after lower-casing and dropping brackets and separators, so `{subAccountId}`,
// `<your id>`, `YOUR_SUBACCOUNT` and `your-sub-account-id` all reach the same words.
const PLACEHOLDER_WORDS = [
	/^(?:your|my)?(?:sub)?account(?:id|name)?$/,
	/^(?:your|my)(?:sub)?(?:account)?(?:id|name)$/,
	/^x{3,}$/,
	/^(?:placeholder|changeme)$/,
];

/**
 * Returns true when `raw` is template text left where a sub-account id belongs, such as
 * `{subAccountId}`, `<yourSubAccountId>`, `<your id>`, `your_subaccount`, `xxx` or a run of
 * only dots, dashes or underscores. Real ids such as `acme_hq` return false.
 */
export function isPlaceholderId(raw: string): boolean {
	const trimmed = raw.trim();
	const words = trimmed.toLowerCase().replace(/[\s{}<>[\]()_.\-:%$]/g, '');
	if (trimmed !== '' && words === '') {
		return true;
	}
	return PLACEHOLDER_WORDS.some((pattern) => pattern.test(words));
}
