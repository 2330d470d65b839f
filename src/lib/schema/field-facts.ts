// Ships to the browser: a plain-words purpose and a JSON example for each request field.

/** What a field is for and a JSON value that fits it, for messages that name the field. */
export interface FieldFacts {
	/** Completes "Destination is ...": lower case, no final period. */
	about: string;
	/** A JSON value that passes the field's rules, written as it appears in a body. */
	example: string;
}

const facts: Readonly<Record<string, FieldFacts>> = {
	body: {
		about: 'the request as one JSON object',
		example: '{"destination": "+6591234567", "text": "Hi"}',
	},
	destination: {
		about: 'the phone number that receives the SMS',
		example: '"+6591234567"',
	},
	text: { about: 'the message itself', example: '"Server db-01 is down."' },
	source: { about: 'the sender ID the phone shows', example: '"AcmeAlerts"' },
	clientMessageId: {
		about: 'your own reference, echoed back by 8x8',
		example: '"gmail-18c2f0a1b2c3d4e5"',
	},
	encoding: { about: 'the character set of the text', example: '"AUTO"' },
	country: { about: 'the country of a national number', example: '"SG"' },
	scheduled: { about: 'the time to send at', example: '"2016-11-07T19:20:30+08:00"' },
	expiry: {
		about: 'the time after which an unsent SMS is dropped',
		example: '"2016-11-08T19:20:30+08:00"',
	},
	dlrCallbackUrl: {
		about: 'the address for delivery receipts',
		example: '"https://example.com/8x8/dlr"',
	},
	clientIp: { about: "the end user's IP address", example: '"203.0.113.7"' },
	track: { about: 'the conversion tracking switch', example: '"Outcome"' },
	messages: {
		about: 'the list of messages in the batch',
		example: '[{"destination": "+6591234567", "text": "Hi"}]',
	},
	message: { about: 'one SMS of the batch', example: '{"destination": "+6591234567"}' },
	destinations: { about: 'the list of phone numbers', example: '["+6591234567"]' },
	template: { about: 'the defaults for every message', example: '{"text": "Hi"}' },
	clientBatchId: { about: 'your own reference for the batch', example: '"batch-0001"' },
	includeMessagesInResponse: { about: 'the switch for per-message results', example: 'true' },
};

/**
 * Returns the purpose and an example value of a request field, or a neutral pair for a name
 * that is not one of 8x8's fields.
 */
export function fieldFacts(field: string): FieldFacts {
	return Object.hasOwn(facts, field) ? (facts[field] as FieldFacts) : unknownField;
}

const unknownField: FieldFacts = { about: 'a field of the request', example: '"…"' };
