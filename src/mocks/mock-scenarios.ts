// Ships to the browser: the practice values that make the mock 8x8 API answer in other ways.

/** An error the mock gives for a reserved subaccount ID, whatever the request body holds. */
export interface PracticeAnswer {
	status: number;
	code: number;
	message: string;
	/** Extra response headers, lower-case. */
	headers: Record<string, string>;
	/** What the scenario shows, in plain words. */
	meaning: string;
}

/**
 * Reserved subaccount IDs. They all start with `mock-`, a prefix the mock keeps for practice,
 * and each makes the mock answer with one error after the key has been checked. 8x8 does not
 * document which status an unknown subaccount gets (401 with code 1001 is as likely as 404), so
 * `mock-not-found` shows one of the two.
 */
export const PRACTICE_SUBACCOUNTS: Readonly<Record<string, PracticeAnswer>> = {
	'mock-forbidden': {
		status: 403,
		code: 1201,
		message: 'Access forbidden: this key may not use this subaccount',
		headers: {},
		meaning: 'Key valid, but not allowed for this subaccount',
	},
	'mock-not-found': {
		status: 404,
		code: 1001,
		message: 'SubAccountId was not found in your account',
		headers: {},
		meaning: 'Subaccount not found',
	},
	'mock-rate-limited': {
		status: 429,
		code: 429,
		message: 'Too many requests. Try again in 5 second(s).',
		headers: { 'retry-after': '5' },
		meaning: 'Too many requests: wait 5 seconds',
	},
	'mock-server-error': {
		status: 500,
		code: 2000,
		message: 'Internal error',
		headers: {},
		meaning: "Fault on 8x8's side: try again later",
	},
};

/** One row of the table a page shows: change one field of a valid request, get this answer. */
export interface MockScenario {
	/** The request part to change, starting from a request the mock accepts. */
	field: 'Authorization' | 'Content-Type' | 'subAccountId' | 'text' | 'source';
	/** The value to put there. */
	value: string;
	status: number;
	/** 8x8's error `code`, or `status.code` of a 200 answer. */
	code: number | 'QUEUED' | 'REJECTED';
	/** What the answer means, in plain words. */
	meaning: string;
}

/**
 * What a reader can try against the mock. Any `Bearer` key with no spaces or odd characters is
 * accepted, so no real key is needed; the last four rows use {@link PRACTICE_SUBACCOUNTS}.
 */
export const MOCK_SCENARIOS: readonly MockScenario[] = [
	{ field: 'subAccountId', value: 'acme_hq', status: 200, code: 'QUEUED', meaning: 'Accepted' },
	{
		field: 'Authorization',
		value: 'AbCdEf123GhIjKl456MnOpQr789',
		status: 401,
		code: 1200,
		meaning: 'Key missing, wrong, or not sent as Bearer',
	},
	{
		field: 'Content-Type',
		value: 'text/plain',
		status: 415,
		code: 415,
		meaning: 'Body not sent as JSON',
	},
	{
		field: 'subAccountId',
		value: 'acme hq',
		status: 401,
		code: 1001,
		meaning: 'Subaccount ID not valid: spaces are not allowed',
	},
	{ field: 'text', value: '   ', status: 400, code: 3005, meaning: 'Text missing' },
	{
		field: 'source',
		value: 'Acme Support',
		status: 200,
		code: 'REJECTED',
		meaning: 'Sender name over 11 characters: message dropped',
	},
	...Object.entries(PRACTICE_SUBACCOUNTS).map(([id, answer]) => ({
		field: 'subAccountId' as const,
		value: id,
		status: answer.status,
		code: answer.code,
		meaning: answer.meaning,
	})),
];
