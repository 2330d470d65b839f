// Node only: how the fake 8x8 server answers one HTTP request.

import type { IncomingMessage, ServerResponse } from 'node:http';

import { randomUuid } from '~/mocks/random-uuid';
import { answerSmsRequest } from '~/mocks/sms-api-model';

import { readRawHeaders } from '../read-raw-headers';
import { readRequestBody } from '../read-request-body';
import { answerBatchRequest } from './answer-batch-request';
import { findFakeFault } from './fake-faults';

/** One request as the fake 8x8 received it. */
export interface RecordedRequest {
	method: string;
	/** The request target as sent, e.g. `/api/v1/subaccounts/acme_hq/messages`. */
	path: string;
	/** Every header with a lower-case name; repeated headers are joined with ", ". */
	headers: Record<string, string>;
	/** The body bytes decoded as UTF-8; empty when there was none. */
	body: string;
}

/** What {@link answerFakeRequest} records into and redirects to. */
export interface FakeContext {
	requests: RecordedRequest[];
	redirectTo: string;
}

// The model only answers on 8x8's own hosts, so paths are put on the default region's host.
const MODEL_ORIGIN = 'https://sms.8x8.com';
const ENDPOINT = /^\/api\/v1\/subaccounts\/([^/?]*)\/messages(\/batch)?(?:\?|$)/;
const BODY_LIMITS = { maxBytes: 1024 * 1024, timeoutMs: 30_000 };

/**
 * Records the request in `context.requests` once its body has arrived, then answers it: a
 * subaccount ID from `FAKE_FAULTS` gets its fault, the batch endpoint gets
 * `answerBatchRequest`, and everything else `answerSmsRequest`. A body over 1 MiB gets a 413
 * and is not recorded; a client that leaves mid-body is not answered.
 */
export async function answerFakeRequest(
	request: IncomingMessage,
	response: ServerResponse,
	context: FakeContext,
): Promise<void> {
	const reading = await readRequestBody(request, BODY_LIMITS);
	if (!reading.ok) {
		if (reading.reason === 'too-large') {
			const message = 'Request body is over the fake server limit of 1 MiB';
			const body = { code: 413, message, errorId: randomUuid(), timestamp: isoNow() };
			sendJson(response, 413, { connection: 'close' }, body);
		}
		request.socket.destroySoon();
		return;
	}

	const method = request.method ?? '';
	const path = request.url ?? '';
	const headers = readRawHeaders(request);
	const body = reading.body.toString('utf8');
	context.requests.push({ method, path, headers, body });

	const match = ENDPOINT.exec(path);
	const fault = match ? findFakeFault(decodeSegment(match[1] ?? '')) : undefined;
	if (fault) {
		fault.apply(response, context.redirectTo);
		return;
	}
	const modelRequest = {
		method,
		url: path.startsWith('/') ? MODEL_ORIGIN + path : path,
		headers,
		body,
	};
	const answer = match?.[2] ? answerBatchRequest(modelRequest) : answerSmsRequest(modelRequest);
	sendJson(response, answer.status, answer.headers, answer.body);
}

function sendJson(
	response: ServerResponse,
	status: number,
	headers: Record<string, string>,
	body: unknown,
): void {
	const text = JSON.stringify(body);
	const length = String(Buffer.byteLength(text));
	response.writeHead(status, {
		...headers,
		'content-type': 'application/json',
		'content-length': length,
	});
	response.end(text);
}

function decodeSegment(segment: string): string {
	try {
		return decodeURIComponent(segment);
	} catch {
		return segment;
	}
}

function isoNow(): string {
	return new Date().toISOString();
}
