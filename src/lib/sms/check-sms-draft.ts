// Ships to the browser: keep it free of secrets and heavy imports.

import type { CountryCode } from 'libphonenumber-js/min';

import type { Issue } from '~/lib/issue';

import { analyzeEncoding, type EncodingAnalysis } from './analyze-encoding';
import { buildMessagesUrl } from './build-messages-url';
import { buildSmsBody, serializeSmsBody, type SmsBody } from './build-sms-body';
import { checkMessageText } from './check-message-text';
import { checkSenderId } from './check-sender-id';
import { checkSubaccountId } from './check-subaccount-id';
import { makeIssue } from './make-issue';
import type { normalizeDestination } from './normalize-destination';
import { DEFAULT_REGION_ID, findRegion } from './regions';

/** What the reader typed into the request builder, as raw strings. */
export interface SmsDraft {
	/** Region id (`ap`, `us`, `eu`, `id`); empty means the default, `ap`. */
	regionId: string;
	subAccountId: string;
	destination: string;
	/** ISO 3166-1 alpha-2 code for national numbers, any case; empty for none. */
	defaultCountry: string;
	/** Optional sender (8x8's `source`); empty leaves it out. */
	senderId: string;
	text: string;
}

/** Everything the request builder shows for a draft. */
export interface DraftCheck {
	/** All findings, in field order: region, sub-account, destination, sender, text. */
	issues: Issue[];
	/** The endpoint, once region and sub-account id pass. */
	url?: string;
	/** The body, once destination, sender and text pass. */
	body?: SmsBody;
	/** `body` as compact JSON. */
	bodyJson?: string;
	/** The destination in E.164, once it passes. */
	destination?: string;
	/** Encoding and parts of the text as typed, with 8x8's AUTO encoding. */
	encoding: EncodingAnalysis;
}

/**
 * Checks a whole draft and builds what can be built from the parts that pass. `phone` is
 * `normalizeDestination`, passed in so this module stays free of the phone-number library,
 * which widgets load on demand. The one finding of its own is `REGION_UNKNOWN`.
 */
export function checkSmsDraft(draft: SmsDraft, phone: typeof normalizeDestination): DraftCheck {
	const regionId = draft.regionId.trim() === '' ? DEFAULT_REGION_ID : draft.regionId;
	const region = findRegion(regionId);
	const subAccount = checkSubaccountId(draft.subAccountId);
	const destination = phone(draft.destination, toCountry(draft.defaultCountry));
	const sender = checkSenderId(draft.senderId);
	const text = checkMessageText(draft.text);

	const check: DraftCheck = {
		issues: [
			...(region ? [] : [unknownRegionIssue(regionId)]),
			...subAccount.issues,
			...destination.issues,
			...sender.issues,
			...text.issues,
		],
		encoding: analyzeEncoding(draft.text),
	};
	if (region && subAccount.ok) {
		check.url = buildMessagesUrl({ regionId: region.id, subAccountId: subAccount.value });
	}
	if (destination.ok) {
		check.destination = destination.value.e164;
	}
	if (destination.ok && sender.ok && text.ok) {
		const body = buildSmsBody({
			destination: destination.value.e164,
			text: text.value,
			source: sender.value,
		});
		check.body = body;
		check.bodyJson = serializeSmsBody(body);
	}
	return check;
}

// `normalizeDestination` rejects codes it does not support, so the cast only saves loading
// the phone library's country list here.
function toCountry(raw: string): CountryCode | undefined {
	const code = raw.trim().toUpperCase();
	return code === '' ? undefined : (code as CountryCode);
}

function unknownRegionIssue(regionId: string): Issue {
	return makeIssue({
		code: 'REGION_UNKNOWN',
		severity: 'error',
		path: 'regionId',
		title: `“${regionId}” is not an 8x8 region.`,
		detail:
			'8x8 runs the SMS API in four regions: Asia Pacific, North America, Europe and Indonesia.',
		fix: 'Pick the region your 8x8 account was set up in; Asia Pacific is the default.',
	});
}
