// Node only: reads a request body with a size cap and a deadline, for the relay and the fake 8x8.

import type { IncomingMessage } from 'node:http';

/** Limits of {@link readRequestBody}. */
export interface BodyLimits {
	/** Largest body accepted, in bytes. */
	maxBytes: number;
	/** Time allowed for the whole body to arrive, in milliseconds. */
	timeoutMs: number;
}

/** The body bytes, or why reading stopped. */
export type BodyReading =
	{ ok: true; body: Buffer } | { ok: false; reason: 'too-large' | 'timeout' | 'aborted' };

/**
 * Resolves to the request body once it has fully arrived, or to the reason it was given up:
 * `too-large` as soon as `Content-Length` or the bytes so far pass `maxBytes`, `timeout` when the
 * body takes longer than `timeoutMs` (a slow sender), `aborted` when the client goes away. Never
 * rejects. Stops reading on failure, so no more than `maxBytes` is ever held in memory; the
 * caller answers and closes the connection.
 */
export function readRequestBody(
	request: IncomingMessage,
	limits: BodyLimits,
): Promise<BodyReading> {
	const declared = Number(request.headers['content-length'] ?? 0);
	if (declared > limits.maxBytes) {
		return Promise.resolve({ ok: false, reason: 'too-large' });
	}

	return new Promise((resolve) => {
		const chunks: Buffer[] = [];
		let size = 0;
		const finish = (reading: BodyReading) => {
			clearTimeout(timer);
			request.off('data', onData).off('end', onEnd).off('close', onClose).off('error', onClose);
			if (!reading.ok) {
				request.pause();
			}
			resolve(reading);
		};
		const onData = (chunk: Buffer) => {
			size += chunk.length;
			if (size > limits.maxBytes) {
				finish({ ok: false, reason: 'too-large' });
				return;
			}
			chunks.push(chunk);
		};
		const onEnd = () => finish({ ok: true, body: Buffer.concat(chunks, size) });
		// 'close' before 'end' means the client went away mid-body.
		const onClose = () => finish({ ok: false, reason: 'aborted' });
		const timer = setTimeout(() => finish({ ok: false, reason: 'timeout' }), limits.timeoutMs);

		request.on('data', onData).on('end', onEnd).on('close', onClose).on('error', onClose);
	});
}
