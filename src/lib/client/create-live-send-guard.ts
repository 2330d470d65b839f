// Ships to the browser: limits how many real, billed SMS one tab session can send.

import { createSafeStorage, type StorageLike } from '~/lib/state/safe-storage';

import type { Explanation } from './send-outcome';

/** Options of {@link createLiveSendGuard}. */
export interface LiveSendGuardOptions {
	/** Live sends allowed per session. @default 5 */
	maxSends?: number;
	/** Where the count survives page changes (the tab's session storage); memory without it. */
	storage?: StorageLike | undefined;
}

/** What the guard says about the next live send. */
export type LiveSendCheck =
	| { ok: true; remaining: number; warning: Explanation | undefined }
	| { ok: false; refusal: Explanation };

/** The guard of live sends: ask with `check` before a send, `record` every send made. */
export interface LiveSendGuard {
	check(clientMessageId: string | undefined): LiveSendCheck;
	record(clientMessageId: string | undefined): void;
}

const STORAGE_NAME = 'sms-guide:live-sends';
export const DEFAULT_MAX_LIVE_SENDS = 5;

/**
 * Creates a guard that refuses live sends once `maxSends` were recorded, and warns (without
 * refusing) when a `clientMessageId` was already sent. Corrupt stored state counts as none.
 */
export function createLiveSendGuard(options: LiveSendGuardOptions = {}): LiveSendGuard {
	const { maxSends = DEFAULT_MAX_LIVE_SENDS } = options;
	const tab = createSafeStorage(options.storage);
	const state = parseState(tab.read(STORAGE_NAME));

	return {
		check: (clientMessageId) => {
			if (state.count >= maxSends) {
				return { ok: false, refusal: capReached(maxSends) };
			}
			const repeated = clientMessageId !== undefined && state.ids.includes(clientMessageId);
			const warning = repeated ? repeatedId(clientMessageId) : undefined;
			return { ok: true, remaining: maxSends - state.count, warning };
		},
		record: (clientMessageId) => {
			state.count += 1;
			if (clientMessageId !== undefined && !state.ids.includes(clientMessageId)) {
				state.ids.push(clientMessageId);
			}
			tab.write(STORAGE_NAME, JSON.stringify(state));
		},
	};
}

function capReached(maxSends: number): Explanation {
	return {
		title: `Not sent: the limit of ${maxSends} live SMS for this tab is reached`,
		detail:
			`Live mode sends real SMS that 8x8 bills, so the guide stops after ${maxSends} per tab ` +
			'session, in case a send repeats by mistake.',
		fix: 'Keep practising in mock mode, or open the guide in a new tab to send more for real.',
	};
}

function repeatedId(clientMessageId: string): Explanation {
	return {
		title: 'This clientMessageId was already sent',
		detail:
			`A live SMS with clientMessageId "${clientMessageId}" went out from this tab before. ` +
			'Sending it again may deliver a second, billed SMS with the same ID.',
		fix: 'Cancel and change the clientMessageId, unless you mean to send it twice.',
	};
}

function parseState(text: string | undefined): { count: number; ids: string[] } {
	try {
		const value = JSON.parse(text ?? '') as { count?: unknown; ids?: unknown };
		const count = Number.isInteger(value.count) ? (value.count as number) : 0;
		const ids = Array.isArray(value.ids) ? value.ids.filter((id) => typeof id === 'string') : [];
		return { count: Math.max(count, 0), ids };
	} catch {
		return { count: 0, ids: [] };
	}
}
