// Ships to the browser, loaded on demand: it pulls in libphonenumber-js metadata (~32 kB gzip).

import {
	isSupportedCountry,
	parsePhoneNumberFromString,
	validatePhoneNumberLength,
	type CountryCode,
	type PhoneNumber,
} from 'libphonenumber-js/min';

import type { CheckResult, Issue } from '~/lib/issue';
import { DESTINATION_PATTERN } from '~/lib/schema/sms-field-rules';

import { DESTINATION_SEPARATOR, findDestinationTextIssue } from './find-destination-text-issue';
import { makeIssue, type IssueFields } from './make-issue';

/** A destination in the international form 8x8 expects, and the country it belongs to. */
export interface NormalizedDestination {
	/** `+`, country code and number, digits only: `+6591234567`. */
	e164: string;
	/** ISO 3166-1 alpha-2 country, when the number identifies one. */
	country?: CountryCode;
}

/**
 * Returns the destination in E.164 (`+6591234567`), always matching 8x8's pattern
 * `^\+{0,1}[1-9]{1}[0-9]{6,14}$`; an E.164 input comes back unchanged with no issues.
 * Accepts spaces, dashes, dots, brackets, a trunk `(0)`, a `00` international prefix, and
 * national numbers when `defaultCountry` is given (`07700 900123` with `GB` gives
 * `+447700900123`). Without `+`, `00` or `defaultCountry` no country is guessed.
 * Errors: the codes of `findDestinationTextIssue`, `DESTINATION_UNKNOWN_COUNTRY` (path
 * `defaultCountry`), `DESTINATION_NO_COUNTRY_CODE`, `DESTINATION_UNKNOWN_CALLING_CODE`,
 * `DESTINATION_WRONG_LENGTH` and `DESTINATION_PATTERN`. Warning `DESTINATION_UNUSED_RANGE`:
 * the length fits but no line has such a number (the UK's fictional 07700 900xxx range gets
 * it). Info `DESTINATION_REFORMATTED` whenever the output differs from the input.
 */
export function normalizeDestination(
	raw: string,
	defaultCountry?: CountryCode,
): CheckResult<NormalizedDestination> {
	const text = raw.normalize('NFKC');
	const inputIssue = findDestinationTextIssue(text) ?? countryIssue(defaultCountry);
	if (inputIssue) {
		return { ok: false, issues: [inputIssue] };
	}

	const digits = Array.from(text)
		.filter((char) => !DESTINATION_SEPARATOR.test(char))
		.join('');
	const international = digits.startsWith('+') || digits.startsWith('00');
	if (!international && defaultCountry === undefined) {
		return { ok: false, issues: [noCountryCodeIssue(digits)] };
	}

	const parsed = parseDigits(digits, defaultCountry);
	const phone = parsed.phone;
	if (phone === undefined) {
		return { ok: false, issues: [unparsedIssue(parsed, defaultCountry)] };
	}
	const numberIssue = findDroppedDigitsIssue(parsed.text, phone) ?? findNumberIssue(phone);
	if (numberIssue) {
		return { ok: false, issues: [numberIssue] };
	}
	return accept(raw, phone);
}

function countryIssue(defaultCountry: string | undefined): Issue | undefined {
	if (defaultCountry === undefined || isSupportedCountry(defaultCountry)) {
		return undefined;
	}
	return makeIssue({
		code: 'DESTINATION_UNKNOWN_COUNTRY',
		severity: 'error',
		path: 'defaultCountry',
		title: `“${defaultCountry}” is not a country code the number check knows.`,
		detail: 'The default country must be an ISO 3166-1 alpha-2 code such as SG, GB or AU.',
		fix: 'Pick the default country from the list.',
	});
}

function noCountryCodeIssue(digits: string): Issue {
	const withPlus = parsePhoneNumberFromString(`+${digits}`);
	const hint = withPlus?.isValid()
		? ` If ${withPlus.countryCallingCode} is already its country code, write ${withPlus.number}.`
		: '';
	return destinationIssue({
		code: 'DESTINATION_NO_COUNTRY_CODE',
		title: 'The number has no country code.',
		detail:
			'Without + and a country code the number could belong to any country, and it is not ' +
			'guessed: a guess of +1 would send the SMS to North America.',
		fix: `Add + and the country code, such as +65 for Singapore, or pick a default country.${hint}`,
	});
}

// `00` is the international prefix in most countries. When reading it as `+` fails and a
// default country is set, libphonenumber gets the digits as typed, which covers prefixes such
// as Australia's `0011`.
function parseDigits(digits: string, country: CountryCode | undefined): ParsedDigits {
	if (digits.startsWith('00')) {
		const text = `+${digits.slice(2)}`;
		const phone = parsePhoneNumberFromString(text);
		if (phone?.isPossible() || country === undefined) {
			return { text, phone };
		}
	}
	return { text: digits, phone: parsePhoneNumberFromString(digits, country) };
}

interface ParsedDigits {
	text: string;
	phone: PhoneNumber | undefined;
}

function unparsedIssue({ text }: ParsedDigits, country: CountryCode | undefined): Issue {
	if (validatePhoneNumberLength(text, country) === 'INVALID_COUNTRY') {
		return destinationIssue({
			code: 'DESTINATION_UNKNOWN_CALLING_CODE',
			title: 'The number does not start with a country code in use.',
			detail: 'After the + come a country code of 1 to 3 digits and then the number.',
			fix: 'Check the first digits, for example +65 for Singapore or +44 for the United Kingdom.',
		});
	}
	return destinationIssue({
		code: 'DESTINATION_WRONG_LENGTH',
		title: 'The number is too short to be a phone number.',
		detail: 'A phone number has at least 7 digits with its country code.',
		fix: 'Check for missing digits.',
	});
}

// The phone library drops a trunk 0 typed after the country code (+44 (0)7700 ...), which is
// right once. Repeated zeros would be dropped one per pass, so the number would keep changing:
// only one 0 may go, and only when what is left does not start with 0 again.
function findDroppedDigitsIssue(text: string, phone: PhoneNumber): Issue | undefined {
	if (!text.startsWith('+')) {
		return undefined;
	}
	const typed = text.slice(1 + phone.countryCallingCode.length);
	const national: string = phone.nationalNumber;
	if (typed === national || (typed === `0${national}` && !national.startsWith('0'))) {
		return undefined;
	}
	return destinationIssue({
		code: 'DESTINATION_DIGITS_DROPPED',
		title: `${text} has digits that would be dropped.`,
		detail:
			`After +${phone.countryCallingCode} the number reads ${national}, not ${typed}: ` +
			'zeros right after the country code are not dialled from abroad.',
		fix: 'Check the digits after the country code and remove the extra zeros.',
	});
}

function findNumberIssue(phone: PhoneNumber): Issue | undefined {
	if (!phone.isPossible()) {
		const length = validatePhoneNumberLength(phone.number);
		const size =
			length === 'TOO_SHORT'
				? 'too short'
				: length === 'TOO_LONG'
					? 'too long'
					: 'the wrong length';
		return destinationIssue({
			code: 'DESTINATION_WRONG_LENGTH',
			title: regionName(phone)
				? `${phone.number} is ${size} for a ${regionName(phone)} number.`
				: `${phone.number} is ${size} for country code +${phone.countryCallingCode}.`,
			detail: `Numbers after +${phone.countryCallingCode} come in set lengths, and ${
				phone.nationalNumber.length
			} digits is not one of them.`,
			fix: 'Check for a missing or extra digit, and that the default country matches the number.',
		});
	}
	if (!DESTINATION_PATTERN.test(phone.number)) {
		return destinationIssue({
			code: 'DESTINATION_PATTERN',
			title: `${phone.number} is shorter than 8x8 accepts.`,
			detail: '8x8 takes 7 to 15 digits, country code included.',
			fix: 'Check the number; 8x8 cannot send an SMS to a number this short.',
		});
	}
	return undefined;
}

function accept(raw: string, phone: PhoneNumber): CheckResult<NormalizedDestination> {
	const issues: Issue[] = [];
	if (!phone.isValid()) {
		issues.push(
			destinationIssue({
				code: 'DESTINATION_UNUSED_RANGE',
				severity: 'warning',
				title: regionName(phone)
					? `${phone.number} is not in use in the ${regionName(phone)} numbering plan.`
					: `${phone.number} is not in use under country code +${phone.countryCallingCode}.`,
				detail:
					'The length is right, but no phone line has a number that starts like this ' +
					'(some ranges are kept for examples), so the SMS will most likely fail.',
				fix: 'Check the digits against the contact details.',
			}),
		);
	}
	if (phone.number !== raw) {
		issues.push(
			destinationIssue({
				code: 'DESTINATION_REFORMATTED',
				severity: 'info',
				title: `Sent as ${phone.number}.`,
				detail: '8x8 takes the international form: +, country code and number, digits only.',
				fix: `Nothing to do; entering ${phone.number} skips this step.`,
			}),
		);
	}

	const e164 = phone.number;
	return { ok: true, value: phone.country ? { e164, country: phone.country } : { e164 }, issues };
}

function regionName(phone: PhoneNumber): string | undefined {
	return phone.country && new Intl.DisplayNames('en', { type: 'region' }).of(phone.country);
}

function destinationIssue(
	fields: Omit<IssueFields, 'path' | 'severity'> & Partial<Pick<Issue, 'severity'>>,
): Issue {
	return makeIssue({ severity: 'error', ...fields, path: 'destination' });
}
