// Ships to the browser: the reader-facing words of every schema finding.

import { describeCharacterAt } from '~/lib/sms/describe-character-at';

import { fieldFacts } from './field-facts';
import { lengthOf, listWords, nameType, quoteValue, typeWords } from './value-words';
import { ALPHANUMERIC_SOURCE_CHAR, smsFieldLimits } from './sms-field-rules';

/** One rule a value broke, as {@link writeSchemaIssue} needs it. */
export interface SchemaFinding {
	/** Field name the rule belongs to: the key, or `destination` for an item of `destinations`. */
	field: string;
	/** Rule kind, the end of the issue code: `MISSING`, `TYPE`, `PATTERN`, `TOO_LONG`, ... */
	kind: string;
	/** Where the value is, as zod gives it: `['messages', 2, 'text']`; empty for the body. */
	path: readonly PropertyKey[];
	/** Noun phrase for the place, such as `The destination` or `The text of message 3`. */
	label: string;
	/** The offending value; `undefined` when missing. */
	value: unknown;
	/** The limit of a `TOO_LONG` or `TOO_MANY` rule. */
	limit?: number;
	/** The allowed values of a `VALUE` rule. */
	allowed?: readonly string[];
	/** The expected JSON type of a `TYPE` rule, in zod's words (`string`, `array`, ...). */
	expected?: string;
}

/** The three parts of a reader-facing message. */
export interface IssueText {
	title: string;
	detail: string;
	fix: string;
}

type Writer = (finding: SchemaFinding) => IssueText;

/**
 * Returns the title (what), detail (why) and fix (one action) for a schema finding, worded for
 * a reader who pasted or built a request body. Rules without words of their own get a generic
 * sentence that still names the field and the value.
 */
export function writeSchemaIssue(finding: SchemaFinding): IssueText {
	const writer = specificWriters[`${finding.field}:${finding.kind}`] ?? kindWriters[finding.kind];
	return (writer ?? writeGeneric)(finding);
}

const kindWriters: Partial<Record<string, Writer>> = {
	MISSING: ({ field, label }) => ({
		title: `${label} is missing.`,
		detail: `${capitalize(field)} is required: ${fieldFacts(field).about}.`,
		fix: `Add it, for example "${field}": ${fieldFacts(field).example}.`,
	}),
	TYPE: ({ field, label, value, expected }) => ({
		title: `${label} must be ${typeWords(expected)}, not ${nameType(value)}.`,
		detail: `8x8 reads ${field} as ${typeWords(expected)}: ${fieldFacts(field).about}.`,
		fix: `Write it as ${typeWords(expected)}, for example ${fieldFacts(field).example}.`,
	}),
	EMPTY: ({ field, label, value }) =>
		Array.isArray(value)
			? {
					title: `${label} is empty.`,
					detail: 'A batch sends 1 to 10,000 items, so an empty list sends nothing.',
					fix: 'Add at least one item, or leave the field out.',
				}
			: {
					title: `${label} is empty.`,
					detail: `An empty ${field} is not a valid value: ${fieldFacts(field).about}.`,
					fix: `Fill it in, for example ${fieldFacts(field).example}, or leave the field out.`,
				},
	TOO_LONG: ({ field, label, value, limit }) => ({
		title: `${label} has ${lengthOf(value)} characters; 8x8 allows at most ${limit}.`,
		detail: `${capitalize(field)} is ${fieldFacts(field).about}, limited to ${limit} characters.`,
		fix: `Shorten it to ${limit} characters or fewer.`,
	}),
	TOO_MANY: ({ label, value }) => ({
		title: `${label} has ${formatCount(lengthOf(value))} items; 8x8 takes at most 10,000.`,
		detail: '8x8 answers 400 with code 3013 (Too many messages) for a larger batch.',
		fix: 'Split it into batches of 10,000 or fewer.',
	}),
	VALUE: ({ label, value, allowed = [] }) => ({
		title: `${label} is not ${listWords(allowed)}: ${quoteValue(value)}.`,
		detail: `The values are case-sensitive: ${listWords(allowed, 'and')}.`,
		fix: `Use one of them, or leave the field out.`,
	}),
};

const specificWriters: Partial<Record<string, Writer>> = {
	'body:MISSING': () => ({
		title: 'There is no body.',
		detail: '8x8 reads one JSON object with fields such as destination and text.',
		fix: `Send an object, for example ${fieldFacts('body').example}.`,
	}),
	'body:TYPE': ({ value }) => ({
		title: `The body must be a JSON object, not ${nameType(value)}.`,
		detail: '8x8 reads one object with fields such as destination and text, between { and }.',
		fix: `Send an object, for example ${fieldFacts('body').example}.`,
	}),
	'destination:TYPE': ({ label, value }) => ({
		title: `${label} must be a string, not ${nameType(value)}.`,
		detail: 'As a JSON number a phone number loses its + and any leading 0, so 8x8 wants text.',
		fix: 'Put the number in quotes with its country code, such as "+6591234567".',
	}),
	'destination:EMPTY': ({ label }) => ({
		title: `${label} is empty.`,
		detail: 'Destination is required: it is the phone number that receives the SMS.',
		fix: 'Enter the number with its country code, such as "+6591234567".',
	}),
	'destination:PATTERN': ({ label, value }) => ({
		title: `${label} is not a number 8x8 accepts: ${quoteValue(value)}.`,
		detail:
			'8x8 wants 7 to 15 digits with an optional + in front and no leading 0: no spaces, ' +
			'dashes or brackets. A national number also needs country.',
		fix: 'Write it with the country code, digits only, such as +6591234567.',
	}),
	'messages:MISSING': () => ({
		title: 'The batch has neither messages nor destinations.',
		detail: 'A batch sends messages, each with its own content, or one text to destinations.',
		fix: 'Add a messages list, or a destinations list with template.text.',
	}),
	'text:MISSING': writeTextMissing,
	'text:BLANK': ({ label }) => ({
		title: `${label} is empty after trimming spaces and line breaks.`,
		detail: 'Text is required, and 8x8 answers 400 with code 3005 (Missed Text) when it is blank.',
		fix: 'Put the message in text, or a fallback such as “New email from {{from}} (no subject)”.',
	}),
	'source:TOO_LONG': ({ label, value }) => ({
		title: `${label} has ${lengthOf(value)} characters; 8x8 allows at most 16.`,
		detail: '8x8 answers 400 with code 3011 (SMS source too long) for a longer sender.',
		fix: 'Use a name of up to 11 characters or a number of up to 16.',
	}),
	'source:ALPHANUMERIC_TOO_LONG': ({ value }) => ({
		title: `Alphanumeric sender: at most 11 characters, got ${lengthOf(value)}.`,
		detail: 'A sender name may have 11 characters; 8x8 accepts the request but rejects the SMS.',
		fix: `Shorten it, for example to ${shortenSender(String(value))}.`,
	}),
	'source:CHARACTERS': ({ label, value }) => ({
		title: `${label} contains ${firstBadSenderCharacter(String(value))}.`,
		detail:
			'A sender name may use only the letters A to Z and a to z, digits and spaces; ' +
			'8x8 accepts the request but rejects the SMS.',
		fix: 'Remove or replace that character, or use a number such as +6591234567.',
	}),
	'clientMessageId:TOO_LONG': ({ label, value }) => ({
		title: `${label} has ${lengthOf(value)} characters; 8x8 allows at most 350.`,
		detail: '8x8 answers 400 with code 3009 (ClientMessageId too long).',
		fix: 'Shorten it; 50 characters or fewer also suits older 8x8 accounts.',
	}),
	'clientBatchId:TOO_LONG': ({ label, value }) => ({
		title: `${label} has ${lengthOf(value)} characters; 8x8 allows at most 20.`,
		detail: '8x8 answers 400 with code 3014 (ClientBatchId too long).',
		fix: 'Shorten it to 20 characters or fewer.',
	}),
	'country:TOO_LONG': writeCountry,
	'country:PATTERN': writeCountry,
	'scheduled:FORMAT': writeDateTime,
	'expiry:FORMAT': writeDateTime,
	'dlrCallbackUrl:FORMAT': ({ label, value }) => ({
		title: `${label} is not an http or https address: ${quoteValue(value)}.`,
		detail: '8x8 posts delivery receipts to it, so it must be a full web address.',
		fix: 'Write the whole address, such as https://example.com/8x8/dlr.',
	}),
};

function writeTextMissing({ label, path }: SchemaFinding): IssueText {
	if (path.length === 1) {
		return {
			title: `${label} is missing.`,
			detail: 'Text is required: it is the message itself.',
			fix: `Add it, for example "text": ${fieldFacts('text').example}.`,
		};
	}
	if (path[0] === 'template') {
		return {
			title: `${label} is missing.`,
			detail: 'With destinations, every SMS takes its text from template.text.',
			fix: 'Add it, for example "template": {"text": "Server db-01 is down."}.',
		};
	}
	return {
		title: `${label} is missing.`,
		detail: 'Each message of a batch needs text: its own, or template.text for all of them.',
		fix: 'Add text to the message, or set template.text.',
	};
}

function writeCountry({ label, value }: SchemaFinding): IssueText {
	return {
		title: `${label} is not a two-letter country code: ${quoteValue(value)}.`,
		detail: 'Country takes an ISO 3166-1 alpha-2 code, such as SG, to read a national number.',
		fix: 'Use the two-letter code, or leave country out when the number has its country code.',
	};
}

function writeDateTime({ label, value }: SchemaFinding): IssueText {
	return {
		title: `${label} is not an ISO 8601 date-time with offset: ${quoteValue(value)}.`,
		detail: '8x8 reads times like 2016-11-07T19:20:30+08:00: date, T, time, then Z or an offset.',
		fix: 'Write it in that form, with the offset of your time zone.',
	};
}

function writeGeneric({ field, label, value }: SchemaFinding): IssueText {
	return {
		title: `${label} is not valid: ${quoteValue(value)}.`,
		detail: `${capitalize(field)} is ${fieldFacts(field).about}.`,
		fix: `Write it like ${fieldFacts(field).example}, or leave the field out if it is optional.`,
	};
}

function formatCount(count: number): string {
	return count.toLocaleString('en');
}

function capitalize(text: string): string {
	return text.charAt(0).toUpperCase() + text.slice(1);
}

function firstBadSenderCharacter(source: string): string {
	let index = 0;
	for (const char of source) {
		if (!ALPHANUMERIC_SOURCE_CHAR.test(char)) {
			return describeCharacterAt(source, index);
		}
		index += char.length;
	}
	return 'a character a sender name may not use';
}

// Dropping spaces keeps every letter when that is enough; otherwise cut at 11 characters.
function shortenSender(source: string): string {
	const max = smsFieldLimits.alphanumericSourceMaxLength;
	const kept = [...source].filter((char) => ALPHANUMERIC_SOURCE_CHAR.test(char)).join('');
	const joined = kept.replace(/ /g, '');
	return joined.length <= max ? joined : kept.trim().slice(0, max).trimEnd();
}
