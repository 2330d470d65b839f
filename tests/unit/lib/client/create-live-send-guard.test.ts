import { describe, expect, it } from 'vitest';

import { createLiveSendGuard } from '~/lib/client/create-live-send-guard';

function memoryStorage(initial: Record<string, string> = {}) {
	const items = new Map(Object.entries(initial));
	return {
		getItem: (name: string) => items.get(name) ?? null,
		setItem: (name: string, value: string) => void items.set(name, value),
		removeItem: (name: string) => void items.delete(name),
	};
}

describe('createLiveSendGuard', () => {
	it('allows five sends by default, then refuses with the reason', () => {
		const guard = createLiveSendGuard();
		for (let sent = 0; sent < 5; sent += 1) {
			expect(guard.check(undefined)).toMatchObject({ ok: true, remaining: 5 - sent });
			guard.record(undefined);
		}

		const check = guard.check(undefined);

		expect(check.ok).toBe(false);
		expect(check.ok ? undefined : check.refusal).toMatchInlineSnapshot(`
			{
			  "detail": "Live mode sends real SMS that 8x8 bills, so the guide stops after 5 per tab session, in case a send repeats by mistake.",
			  "fix": "Keep practising in mock mode, or open the guide in a new tab to send more for real.",
			  "title": "Not sent: the limit of 5 live SMS for this tab is reached",
			}
		`);
	});

	it('warns without refusing when a clientMessageId was already sent', () => {
		const guard = createLiveSendGuard({ maxSends: 3 });
		guard.record('order-1');

		const check = guard.check('order-1');

		expect(check).toMatchObject({ ok: true, remaining: 2 });
		expect(check.ok ? check.warning : undefined).toMatchInlineSnapshot(`
			{
			  "detail": "A live SMS with clientMessageId "order-1" went out from this tab before. Sending it again may deliver a second, billed SMS with the same ID.",
			  "fix": "Cancel and change the clientMessageId, unless you mean to send it twice.",
			  "title": "This clientMessageId was already sent",
			}
		`);
		expect(guard.check('order-2')).toEqual({ ok: true, remaining: 2, warning: undefined });
	});

	it('keeps the count in storage across guards of the same tab', () => {
		const storage = memoryStorage();
		createLiveSendGuard({ maxSends: 1, storage }).record('order-1');

		expect(createLiveSendGuard({ maxSends: 1, storage }).check(undefined).ok).toBe(false);
	});

	it('starts from zero when the stored state is corrupt', () => {
		const storage = memoryStorage({ 'sms-guide:live-sends': '{"count":"many"' });
		expect(createLiveSendGuard({ storage }).check(undefined)).toMatchObject({ remaining: 5 });
	});
});
