// What the relay does when the upstream misbehaves, and its rate cap.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';

import { relayErrorOf, send } from './support/http-helpers';
import { startRig, type Rig } from './support/start-rig';

let rig: Rig;
let impatient: Rig;
let limited: Rig;

beforeAll(async () => {
	rig = await startRig();
	impatient = await startRig({ relay: { limits: { upstreamMs: 300 } } });
	limited = await startRig({ relay: { rateLimit: { limit: 3, windowMs: 60_000 } } });
});

afterAll(async () => {
	await rig.close();
	await impatient.close();
	await limited.close();
});

beforeEach(() => {
	rig.fake.reset();
	rig.elsewhere.reset();
});

function faultPath(id: string): string {
	return `/relay/sms/ap/api/v1/subaccounts/${id}/messages`;
}

describe('relay and a misbehaving upstream', () => {
	it('never follows an upstream redirect, nor passes it to the browser', async () => {
		const answer = await send(rig, { path: faultPath('fault-redirect') });

		expect([answer.status, relayErrorOf(answer.body)]).toEqual([502, 'UPSTREAM_REDIRECT']);
		expect(answer.headers['location']).toBeUndefined();
		expect(rig.fake.requests).toHaveLength(1);
		expect(rig.elsewhere.requests).toEqual([]);
	});

	it('gives up on an upstream that never answers at the upstream time cap', async () => {
		const answer = await send(impatient, { path: faultPath('fault-timeout') });

		expect([answer.status, relayErrorOf(answer.body)]).toEqual([504, 'UPSTREAM_TIMEOUT']);
	});

	it('reports a connection reset by the upstream', async () => {
		const answer = await send(rig, { path: faultPath('fault-reset') });

		expect([answer.status, relayErrorOf(answer.body)]).toEqual([502, 'UPSTREAM_UNREACHABLE']);
	});
});

describe('relay rate cap', () => {
	it('refuses the send over the per-client limit with Retry-After', async () => {
		const statuses = [];
		for (let index = 0; index < 3; index += 1) {
			statuses.push((await send(limited)).status);
		}
		const refused = await send(limited);

		expect(statuses).toEqual([200, 200, 200]);
		expect([refused.status, relayErrorOf(refused.body)]).toEqual([429, 'RATE_LIMITED']);
		expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
		expect(limited.fake.requests).toHaveLength(3);
	});
});
