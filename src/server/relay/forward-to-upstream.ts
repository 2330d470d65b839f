// Node only: the one outgoing request of the relay, with its caps; never follows redirects.

import { request as httpRequest, type Agent as HttpAgent } from 'node:http';
import { request as httpsRequest, type Agent as HttpsAgent } from 'node:https';

import type { ForwardHeaders } from '~/lib/relay/pick-forward-headers';

/** What goes to 8x8: a POST to `url` with exactly these headers and body. */
export interface UpstreamRequest {
	url: URL;
	headers: ForwardHeaders;
	body: Buffer;
}

/** Connection pools and caps for {@link forwardToUpstream}. */
export interface UpstreamSettings {
	agents: { http: HttpAgent; https: HttpsAgent };
	/** Time for the whole exchange, from connecting to the last byte of the answer. */
	timeoutMs: number;
	maxResponseBytes: number;
}

/** 8x8's answer as received, or why there is none. */
export type UpstreamResult =
	| { ok: true; status: number; contentType?: string; retryAfter?: string; body: Buffer }
	| { ok: false; code: 'UPSTREAM_TIMEOUT' | 'UPSTREAM_UNREACHABLE' | 'UPSTREAM_TOO_LARGE' };

/**
 * POSTs `request` and resolves to the status, `Content-Type`, `Retry-After` and body bytes of
 * the answer, whatever its status: a 3xx is returned as is, never followed. Only `Host`,
 * `Content-Length`, `Connection` and the given headers are sent. Never rejects: a timeout, a
 * failed or broken connection, or an answer over `maxResponseBytes` resolve to a failure code.
 */
export function forwardToUpstream(
	request: UpstreamRequest,
	settings: UpstreamSettings,
): Promise<UpstreamResult> {
	const secure = request.url.protocol === 'https:';
	const send = secure ? httpsRequest : httpRequest;

	return new Promise((resolve) => {
		let settled = false;
		const settle = (result: UpstreamResult) => {
			if (!settled) {
				settled = true;
				clearTimeout(timer);
				resolve(result);
			}
		};
		const outgoing = send(request.url, {
			method: 'POST',
			agent: secure ? settings.agents.https : settings.agents.http,
			headers: { ...request.headers, 'content-length': String(request.body.length) },
		});
		const timer = setTimeout(() => {
			settle({ ok: false, code: 'UPSTREAM_TIMEOUT' });
			outgoing.destroy();
		}, settings.timeoutMs);

		outgoing.on('error', () => settle({ ok: false, code: 'UPSTREAM_UNREACHABLE' }));
		outgoing.on('response', (incoming) => {
			const chunks: Buffer[] = [];
			let size = 0;
			incoming.on('data', (chunk: Buffer) => {
				size += chunk.length;
				if (size > settings.maxResponseBytes) {
					settle({ ok: false, code: 'UPSTREAM_TOO_LARGE' });
					outgoing.destroy();
					return;
				}
				chunks.push(chunk);
			});
			incoming.on('error', () => settle({ ok: false, code: 'UPSTREAM_UNREACHABLE' }));
			incoming.on('close', () => {
				if (!incoming.complete) {
					settle({ ok: false, code: 'UPSTREAM_UNREACHABLE' });
				}
			});
			incoming.on('end', () => {
				const { 'content-type': contentType, 'retry-after': retryAfter } = incoming.headers;
				settle({
					ok: true,
					status: incoming.statusCode ?? 502,
					...(contentType === undefined ? {} : { contentType }),
					...(retryAfter === undefined ? {} : { retryAfter }),
					body: Buffer.concat(chunks, size),
				});
			});
		});
		outgoing.end(request.body);
	});
}
