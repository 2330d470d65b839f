// Node only: the fake 8x8's answer for the batch endpoint, built on the one model of 8x8.

import { randomUuid } from '~/mocks/random-uuid';
import { answerSmsRequest } from '~/mocks/sms-api-model';
import type {
	SmsApiAnswer,
	SmsApiModelOptions,
	SmsApiRequest,
	SmsErrorBody,
} from '~/mocks/sms-api-types';

/** 8x8's `BatchSmsResponse`; this fake never fills `messages`. */
export interface BatchResponseBody {
	batchId: string;
	clientBatchId: string | null;
	acceptedCount: number;
	rejectedCount: number;
	messages: null;
}

/** The fake's answer for a batch request: status, lower-case headers and a JSON body. */
export interface BatchAnswer {
	status: number;
	headers: Record<string, string>;
	body: SmsErrorBody | BatchResponseBody;
}

const BATCH_SUFFIX = /\/batch(?=$|\?)/;
const MAX_ITEMS = 10_000;
const CLIENT_BATCH_ID_MAX = 20;

/**
 * Answers `POST /api/v1/subaccounts/{id}/messages/batch` from a `{ messages | destinations,
 * template?, clientBatchId? }` body. Path, method, key, subaccount, content type and JSON syntax
 * get the same answers as a single send. Each message (the template's fields under the item's
 * own) then goes through the single-send model: QUEUED counts as accepted, anything else as
 * rejected. A body without 1 to 10,000 items is a 400 with code 1000 (the fake's choice: 8x8
 * documents no code for it), a `clientBatchId` over 20 characters a 400 with code 3014.
 */
export function answerBatchRequest(
	request: SmsApiRequest,
	options: SmsApiModelOptions = {},
): BatchAnswer {
	const { now = () => new Date(), newId = randomUuid } = options;
	const single = { ...request, url: request.url.replace(BATCH_SUFFIX, '') };
	const gate = answerSmsRequest(single, options);
	if (!passesRequestChecks(gate)) {
		return { ...gate, body: gate.body as SmsErrorBody };
	}

	const error = (code: number, message: string): BatchAnswer => {
		const body = { code, message, errorId: newId(), timestamp: now().toISOString() };
		return { status: 400, headers: { 'content-type': 'application/json' }, body };
	};
	const batch = parseRecord(request.body);
	const items = listItems(batch);
	if (items === undefined || items.length === 0 || items.length > MAX_ITEMS) {
		return error(1000, 'Batch needs 1 to 10000 items in messages or destinations');
	}
	const clientBatchId = batch?.['clientBatchId'];
	if (typeof clientBatchId === 'string' && clientBatchId.length > CLIENT_BATCH_ID_MAX) {
		return error(3014, 'ClientBatchId too long');
	}

	const acceptedCount = items.filter((item) => {
		const answer = answerSmsRequest({ ...single, body: JSON.stringify(item) }, options);
		return answer.status === 200 && 'umid' in answer.body && answer.body.status.code === 'QUEUED';
	}).length;
	const body: BatchResponseBody = {
		batchId: newId(),
		clientBatchId: typeof clientBatchId === 'string' ? clientBatchId : null,
		acceptedCount,
		rejectedCount: items.length - acceptedCount,
		messages: null,
	};
	return { status: 200, headers: { 'content-type': 'application/json' }, body };
}

// The model checks the request (path, method, key, subaccount, content type, JSON syntax) before
// the body's fields, so a 400 for a field (any code but 1000, bad JSON) or a 200 means the
// request itself passed: the batch body is not a single SMS, so those field answers are moot.
function passesRequestChecks(answer: SmsApiAnswer): boolean {
	if (answer.status === 200) {
		return true;
	}
	return answer.status === 400 && 'code' in answer.body && answer.body.code !== 1000;
}

function listItems(batch: Record<string, unknown> | undefined): unknown[] | undefined {
	const template = asRecord(batch?.['template']) ?? {};
	const messages = batch?.['messages'];
	if (Array.isArray(messages)) {
		return messages.map((item) => ({ ...template, ...asRecord(item) }));
	}
	const destinations = batch?.['destinations'];
	if (Array.isArray(destinations)) {
		return destinations.map((destination: unknown) => ({ ...template, destination }));
	}
	return undefined;
}

function parseRecord(text: string): Record<string, unknown> | undefined {
	try {
		return asRecord(JSON.parse(text));
	} catch {
		return undefined;
	}
}

function asRecord(value: unknown): Record<string, unknown> | undefined {
	return typeof value === 'object' && value !== null && !Array.isArray(value)
		? (value as Record<string, unknown>)
		: undefined;
}
