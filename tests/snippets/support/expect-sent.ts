import { expect } from 'vitest';

import type { RecordedRequest } from '~/server/fake-sms-server';
import { DESTINATION, KEY, MESSAGES_PATH } from './hard-texts';

/**
 * Asserts that exactly one request arrived and that it is the 8x8 send call for `text`: POST to
 * the messages path, `Authorization: Bearer <key>`, `Content-Type: application/json`, and a body
 * whose `destination` and `text` parse to exactly what was typed.
 */
export function expectSentExactly(requests: RecordedRequest[], text: string): void {
	expect(requests).toHaveLength(1);
	const [request] = requests as [RecordedRequest];

	expect({ method: request.method, path: request.path }).toEqual({
		method: 'POST',
		path: MESSAGES_PATH,
	});
	expect({
		authorization: request.headers['authorization'],
		'content-type': request.headers['content-type'],
	}).toEqual({ authorization: `Bearer ${KEY}`, 'content-type': 'application/json' });
	expect(JSON.parse(request.body)).toEqual({ destination: DESTINATION, text });
}
