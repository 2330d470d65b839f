// Ships to the browser: MSW handlers that put the 8x8 model behind 8x8's real addresses.

import { http, HttpResponse } from 'msw';

import { answerSmsRequest } from '../sms-api-model';
import { SMS_API_BASE_URLS } from '../sms-api-rules';
import type { SmsApiAnswer } from '../sms-api-types';

/**
 * Request handlers for the 8x8 SMS API on each regional host:
 * `POST {base}/api/v1/subaccounts/:subAccountId/messages` sends one SMS, and any other method
 * or path on the same host gets an 8x8-shaped 404 or 405, so a request in mock mode never
 * reaches the real API. Every answer comes from {@link answerSmsRequest}.
 */
export const messageHandlers = SMS_API_BASE_URLS.flatMap((baseUrl) => [
	http.post<{ subAccountId: string }, never, SmsApiAnswer['body']>(
		`${baseUrl}/api/v1/subaccounts/:subAccountId/messages`,
		({ request }) => respond(request),
	),
	http.all<never, never, SmsApiAnswer['body']>(`${baseUrl}/*`, ({ request }) => respond(request)),
]);

async function respond(request: Request) {
	const answer = answerSmsRequest({
		method: request.method,
		url: request.url,
		headers: Object.fromEntries(request.headers),
		body: await request.text(),
	});
	return HttpResponse.json<SmsApiAnswer['body']>(answer.body, {
		status: answer.status,
		headers: answer.headers,
	});
}
