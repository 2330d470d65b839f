// Ships to the browser: keep it free of secrets and heavy imports.

import { findRegion, type RegionId } from './regions';

/** Inputs of {@link buildMessagesUrl}. */
export interface BuildMessagesUrlOptions {
	/** Region whose host receives the request. */
	regionId: RegionId;
	/** A sub-account id that already passed `checkSubaccountId`. */
	subAccountId: string;
}

/**
 * Returns the "send one SMS" endpoint, `{base}/api/v1/subaccounts/{subAccountId}/messages`.
 * The id is percent-encoded as one path segment, so `&` becomes `%26`; checking it is the
 * caller's job.
 * @throws {Error} when `regionId` is not one of the four regions (a programming error).
 * @example buildMessagesUrl({ regionId: 'ap', subAccountId: 'acme_hq' })
 * // 'https://sms.8x8.com/api/v1/subaccounts/acme_hq/messages'
 */
export function buildMessagesUrl(options: BuildMessagesUrlOptions): string {
	const region = findRegion(options.regionId);
	if (!region) {
		throw new Error(`Unknown 8x8 region id: ${String(options.regionId)}`);
	}
	const segment = encodeURIComponent(options.subAccountId);
	return `${region.baseUrl}/api/v1/subaccounts/${segment}/messages`;
}
