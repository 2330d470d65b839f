import type { SnippetRequest } from '~/lib/snippets/snippet-request';

/** The made-up key and endpoint the snippet tests share (handed case 18's values). */
export const KEY = 'AbCdEf123GhIjKl456MnOpQr789';
export const URL = 'https://sms.8x8.com/api/v1/subaccounts/acme_hq/messages';

/** A send to +6591234567 with `text`, as every snippet generator takes it. */
export const request = (text: string, apiKey = KEY): SnippetRequest => ({
	method: 'POST',
	url: URL,
	apiKey,
	body: { destination: '+6591234567', text },
});
