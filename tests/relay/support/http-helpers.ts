import { request } from 'node:http';
import { connect } from 'node:net';

import type { Rig } from './start-rig';

/** An HTTP answer as the tests inspect it. */
export interface Answer {
	status: number;
	headers: Record<string, string>;
	body: string;
}

export const KEY = 'AbCdEf123GhIjKl456MnOpQr789';
export const SEND_PATH = '/relay/sms/ap/api/v1/subaccounts/acme_hq/messages';
export const SMS_BODY = '{"destination":"+6591234567","text":"Hello from the relay test"}';

/** The headers a browser sends with a same-origin `fetch` POST from the guide. */
export function browserHeaders(rig: Rig): Record<string, string> {
	return {
		host: rig.host,
		origin: rig.origin,
		'sec-fetch-site': 'same-origin',
		'content-type': 'application/json',
		authorization: `Bearer ${KEY}`,
	};
}

/** Options of {@link send}; headers replace the browser's, `null` removes one. */
export interface SendOptions {
	method?: string;
	path?: string;
	headers?: Record<string, string | null>;
	body?: string;
}

/** Sends one request to the site server with full control over every header, even Host. */
export function send(rig: Rig, options: SendOptions = {}): Promise<Answer> {
	const headers: Record<string, string> = {};
	for (const [name, value] of Object.entries({ ...browserHeaders(rig), ...options.headers })) {
		if (value !== null) {
			headers[name] = value;
		}
	}
	return new Promise((resolve, reject) => {
		const outgoing = request({
			host: '127.0.0.1',
			port: rig.port,
			method: options.method ?? 'POST',
			path: options.path ?? SEND_PATH,
			headers,
			setHost: false,
			agent: false,
		});
		outgoing.on('error', reject);
		outgoing.on('response', (incoming) => {
			const chunks: Buffer[] = [];
			incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
			incoming.on('end', () => {
				const flat = Object.entries(incoming.headers).map(([name, value]): [string, string] => [
					name,
					String(value),
				]);
				const body = Buffer.concat(chunks).toString('utf8');
				resolve({ status: incoming.statusCode ?? 0, headers: Object.fromEntries(flat), body });
			});
		});
		outgoing.end(options.body ?? SMS_BODY);
	});
}

/** What a raw socket exchange gave: the bytes received and whether the server closed. */
export interface RawExchange {
	text: string;
	status: number;
	closedByServer: boolean;
}

/**
 * Writes `parts` (as Latin-1 bytes) to a fresh TCP connection, one after the other,
 * and collects everything the server sends until it closes the connection, or until
 * `waitMs` passes (then `closedByServer` is false and the socket is destroyed).
 */
export function sendRaw(port: number, parts: string[], waitMs = 3_000): Promise<RawExchange> {
	return new Promise((resolve) => {
		const socket = connect(port, '127.0.0.1');
		let text = '';
		const finish = (closedByServer: boolean) => {
			clearTimeout(guard);
			socket.destroy();
			const status = Number(/^HTTP\/1\.1 (\d{3})/.exec(text)?.[1] ?? 0);
			resolve({ text, status, closedByServer });
		};
		const guard = setTimeout(() => finish(false), waitMs);
		socket.on('connect', () => parts.forEach((part) => socket.write(part, 'latin1')));
		socket.on('data', (chunk) => (text += chunk.toString('latin1')));
		socket.on('close', () => finish(true));
		socket.on('error', () => {});
	});
}

/** Returns the `relayError` of a JSON refusal body, or undefined. */
export function relayErrorOf(text: string): unknown {
	const json = text.slice(text.indexOf('{'));
	try {
		return (JSON.parse(json) as { relayError?: unknown }).relayError;
	} catch {
		return undefined;
	}
}
