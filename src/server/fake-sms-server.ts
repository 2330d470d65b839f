// Node only: a fake 8x8 SMS API on loopback, answering through the one model of 8x8.

import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

import { answerFakeRequest, type RecordedRequest } from './fake/answer-fake-request';
import { answerInspection } from './fake/answer-inspection';
import { closeServer, listen } from './listen';

export type { RecordedRequest } from './fake/answer-fake-request';

/** Options of {@link startFakeSmsServer}. */
export interface FakeSmsServerOptions {
	/** TCP port; 0 picks a free one. @default 0 */
	port?: number;
	/** Only loopback is allowed, so the fake is never reachable from another machine. */
	host?: '127.0.0.1';
	/** Where the `fault-redirect` subaccount points. @default 'http://127.0.0.2:9/redirected' */
	redirectTo?: string;
}

/** A running fake 8x8 server. */
export interface FakeSmsServer {
	/** Base URL to use in place of `https://sms.8x8.com`, e.g. `http://127.0.0.1:40123`. */
	url: string;
	/** Every request received so far, oldest first. */
	requests: RecordedRequest[];
	/** Empties `requests` (the same array, so references stay valid). */
	reset(): void;
	/** Drops open connections (also the ones `fault-timeout` holds) and stops listening. */
	close(): Promise<void>;
}

/**
 * Starts an HTTP server on 127.0.0.1 that answers like 8x8's SMS API: the messages endpoint
 * through `answerSmsRequest` (as if on `https://sms.8x8.com`), `/messages/batch` through
 * `answerBatchRequest`, and the reserved subaccount IDs in `FAKE_FAULTS` with their faults.
 * Only the fake has `GET /__fake/requests` (the recorded requests as JSON, keys included, for
 * tests in another process) and `DELETE /__fake/requests` (empties them); see `answerInspection`.
 * @throws {Error} when `host` is not 127.0.0.1 or the port is taken.
 */
export async function startFakeSmsServer(
	options: FakeSmsServerOptions = {},
): Promise<FakeSmsServer> {
	const { port = 0, host = '127.0.0.1', redirectTo = 'http://127.0.0.2:9/redirected' } = options;
	if (host !== '127.0.0.1') {
		throw new Error(
			`The fake 8x8 server cannot listen on ${String(host)}. ` +
				'It only listens on loopback, so nothing outside this machine can reach it. ' +
				'Leave out the host option.',
		);
	}

	const requests: RecordedRequest[] = [];
	const server = createServer((request, response) => {
		if (answerInspection(request, response, requests)) {
			return;
		}
		answerFakeRequest(request, response, { requests, redirectTo }).catch(() => {
			response.destroy();
		});
	});
	await listen(server, port, host);
	const address = server.address() as AddressInfo;
	return {
		url: `http://127.0.0.1:${address.port}`,
		requests,
		reset: () => {
			requests.length = 0;
		},
		close: () => closeServer(server),
	};
}
