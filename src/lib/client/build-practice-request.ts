// Ships to the browser: the request "Send anyway" sends, so a reader can see how 8x8 answers
// a request the page's checks would have stopped.

import { buildAuthHeaderRecord, JSON_MEDIA_TYPE } from '~/lib/auth/build-auth-headers';
import { DEFAULT_REGION_ID, findRegion } from '~/lib/sms/regions';

import type { SmsHttpRequest } from './send-sms';

/** What the reader typed, as raw strings, and the key as far as it could be cleaned. */
export interface PracticeRequestOptions {
	regionId: string;
	subAccountId: string;
	destination: string;
	senderId: string;
	text: string;
	/** The cleaned key, or the raw one when cleaning failed; empty sends no Authorization. */
	apiKey: string;
}

/**
 * Returns the request exactly as the reader's values make it, without fixing anything: the
 * subaccount is percent-encoded into the path as typed, the destination is not normalised,
 * and an empty sender is left out. The body is still built by `JSON.stringify`, so it is
 * always valid JSON. An unknown region falls back to the default host.
 */
export function buildPracticeRequest(options: PracticeRequestOptions): SmsHttpRequest {
	const region = findRegion(options.regionId) ?? findRegion(DEFAULT_REGION_ID);
	const base = region?.baseUrl ?? 'https://sms.8x8.com';
	const url = `${base}/api/v1/subaccounts/${encodeURIComponent(options.subAccountId)}/messages`;

	const body: Record<string, string> = {
		destination: options.destination,
		text: options.text,
	};
	if (options.senderId !== '') {
		body['source'] = options.senderId;
	}

	const headers =
		options.apiKey === ''
			? { 'Content-Type': JSON_MEDIA_TYPE }
			: buildAuthHeaderRecord(options.apiKey);
	return { url, headers, body: JSON.stringify(body) };
}
