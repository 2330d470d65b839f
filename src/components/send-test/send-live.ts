// Ships to the browser: live sends of the send widget, through the local relay when there is
// one. The relay is looked for once per page, with one cheap GET.
import { createLiveSendGuard } from '~/lib/client/create-live-send-guard';
import { detectRelay } from '~/lib/client/detect-relay';
import type { SendOutcome, SmsHttpRequest } from '~/lib/client/send-sms';
import { toRelayRequest } from '~/lib/client/to-relay-request';

import { getTabStorage } from '../shared/tab-storage';

// Longer than the relay's own 15 seconds for 8x8, so its 504 arrives before the page gives up.
const LIVE_TIMEOUT_MS = 20_000;

let relay: Promise<boolean> | undefined;

/** Resolves to true when the page is served by `npm start`; looks only on the first call. */
export function findRelay(): Promise<boolean> {
	relay ??= detectRelay(import.meta.env.BASE_URL);
	return relay;
}

/** The tab's cap on live sends and its record of sent clientMessageIds. */
export const liveSendGuard = createLiveSendGuard({ storage: getTabStorage() });

/**
 * Sends `request` for real: through the relay when there is one, else straight to 8x8 (which
 * browsers usually block, explained as such). Gives up after 20 seconds.
 */
export async function sendLive(request: SmsHttpRequest): Promise<SendOutcome> {
	const viaRelay = (await findRelay())
		? toRelayRequest(request, import.meta.env.BASE_URL)
		: undefined;
	const { sendSms } = await import('~/lib/client/send-sms');
	return sendSms(viaRelay ?? request, globalThis.fetch, {
		signal: AbortSignal.timeout(LIVE_TIMEOUT_MS),
		live: true,
	});
}
