// Ships to the browser: keep it free of secrets and heavy imports.

import type { CountryCode } from 'libphonenumber-js/min';

import type { Issue } from '~/lib/issue';
import type { checkSmsRequest } from '~/lib/schema/check-sms-request';
import { SMS_ENCODINGS } from '~/lib/schema/sms-field-rules';

import { analyzeEncoding, type EncodingAnalysis, type RequestedEncoding } from './analyze-encoding';
import { buildMessagesUrl } from './build-messages-url';
import { buildSmsBody, serializeSmsBody, type SmsBody, type SmsBodyFields } from './build-sms-body';
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
	/** 8x8's `clientMessageId`, your own reference; empty leaves it out. */
	clientMessageId?: string;
	/** `AUTO`, `GSM7` or `UCS2`; empty or `AUTO` leaves `encoding` out (8x8 then picks). */
	encoding?: string;
	/** ISO 8601 date-time with offset at which to send; empty sends now. */
	scheduled?: string;
	/** ISO 8601 date-time with offset after which an unsent SMS is dropped. */
	expiry?: string;
	/** Webhook URL for this message's delivery receipts (8x8's `dlrCallbackUrl`). */
	dlrCallbackUrl?: string;
	/** `Outcome` turns on conversion tracking; empty or `None` leaves `track` out. */
	track?: string;
}

/** `checkSmsRequest`, passed in so this module stays free of the schema library. */
export type CheckSmsRequest = typeof checkSmsRequest;

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
	/** Encoding and parts of the text as typed, with the encoding the draft requests. */
	encoding: EncodingAnalysis;
	/** The encoding the draft requests: `AUTO` unless it names `GSM7` or `UCS2`. */
	requestedEncoding: RequestedEncoding;
	/** True while optional fields wait for the schema that checks them; the body waits too. */
	optionalPending?: true;
}

/**
 * Checks a whole draft and builds what can be built from the parts that pass. `phone` is
 * `normalizeDestination` and `checkRequest` is `checkSmsRequest`, passed in so this module stays
 * free of the phone-number and schema libraries, which widgets load on demand. Optional fields
 * are checked by the schema's own rules (`SCHEMA_<FIELD>_<KIND>` findings); without
 * `checkRequest`, a draft with optional fields gets `optionalPending` and no body. A requested
 * encoding drives the analysis and drops the `TEXT_UCS2` note, which is about AUTO. The one
 * finding of its own is `REGION_UNKNOWN`.
 */
export function checkSmsDraft(
	draft: SmsDraft,
	phone: typeof normalizeDestination,
	checkRequest?: CheckSmsRequest,
): DraftCheck {
	const regionId = draft.regionId.trim() === '' ? DEFAULT_REGION_ID : draft.regionId;
	const region = findRegion(regionId);
	const subAccount = checkSubaccountId(draft.subAccountId);
	const destination = phone(draft.destination, toCountry(draft.defaultCountry));
	const sender = checkSenderId(draft.senderId);
	const text = checkMessageText(draft.text);
	const requestedEncoding = toRequestedEncoding(draft.encoding);
	const optional = pickOptionalFields(draft);
	const optionalIssues = checkOptionalFields(optional, checkRequest);

	const check: DraftCheck = {
		issues: [
			...(region ? [] : [unknownRegionIssue(regionId)]),
			...subAccount.issues,
			...destination.issues,
			...sender.issues,
			...text.issues.filter((issue) => requestedEncoding === 'AUTO' || issue.code !== 'TEXT_UCS2'),
			...(optionalIssues ?? []),
		],
		encoding: analyzeEncoding(draft.text, requestedEncoding),
		requestedEncoding,
	};
	if (region && subAccount.ok) {
		check.url = buildMessagesUrl({ regionId: region.id, subAccountId: subAccount.value });
	}
	if (destination.ok) {
		check.destination = destination.value.e164;
	}
	if (optionalIssues === undefined) {
		check.optionalPending = true;
	}
	if (destination.ok && sender.ok && text.ok && optionalIssues?.length === 0) {
		// The schema passed every optional value, so each one has the type the body names.
		const body = buildSmsBody({
			destination: destination.value.e164,
			text: text.value,
			source: sender.value,
			...(optional as Partial<SmsBodyFields>),
		});
		check.body = body;
		check.bodyJson = serializeSmsBody(body);
	}
	return check;
}

const OPTIONAL_FIELDS = [
	'clientMessageId',
	'encoding',
	'scheduled',
	'expiry',
	'dlrCallbackUrl',
	'track',
] as const;

type OptionalField = (typeof OPTIONAL_FIELDS)[number];

// Defaults are left out, as 8x8 applies them anyway: `AUTO` encoding and `None` tracking.
function pickOptionalFields(draft: SmsDraft): Partial<Record<OptionalField, string>> {
	const picked: Partial<Record<OptionalField, string>> = {};
	for (const name of OPTIONAL_FIELDS) {
		const value = draft[name]?.trim() ?? '';
		const isDefault =
			(name === 'encoding' && value === 'AUTO') || (name === 'track' && value === 'None');
		if (value !== '' && !isDefault) {
			picked[name] = value;
		}
	}
	return picked;
}

// Only findings about the optional fields count: the required ones have checks of their own.
function checkOptionalFields(
	optional: Partial<Record<OptionalField, string>>,
	checkRequest: CheckSmsRequest | undefined,
): Issue[] | undefined {
	if (Object.keys(optional).length === 0) {
		return [];
	}
	if (!checkRequest) {
		return undefined;
	}
	return checkRequest(optional).issues.filter(
		(issue) => issue.severity === 'error' && Object.hasOwn(optional, issue.path),
	);
}

function toRequestedEncoding(raw: string | undefined): RequestedEncoding {
	const value = raw?.trim() ?? '';
	return SMS_ENCODINGS.find((encoding) => encoding === value) ?? 'AUTO';
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
