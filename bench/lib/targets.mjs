// What the benchmark measures: each of our sitemap pages and each peer page, with what "the
// send control is usable" and "the answer is shown" mean on it, and how to send from it.
import { isOurControlReady, isOurResultShown, isPeerButtonReady, isTextShown } from './probes.mjs';

/** The made-up key the guide suggests; every page gets it, as if the reader had typed it. */
export const BENCH_KEY = 'AbCdEf123GhIjKl456MnOpQr789';

/** Appears only in the peers' canned answer, so "answered" cannot match an example. */
export const ANSWER_MARK = 'bench-answer-5b1e0c7d';

// The reader's draft as the guide keeps it in session storage after steps 3 and 4.
const DRAFT = {
	regionId: 'ap',
	subAccountId: 'acme_hq',
	destination: '+6591234567',
	defaultCountry: '',
	senderId: '',
	text: 'New mail: Order "ABC-123" shipped',
	mode: 'mock',
};

// The main control of each step page with a widget; pages without one have no "usable" time.
const OUR_CONTROLS = {
	'/guide/3-connection/': { selector: '#sms-api-key', waitedFor: 'API key field' },
	'/guide/4-action/': { selector: '#sms-destination', waitedFor: 'Destination field' },
	'/guide/5-test-sms/': {
		selector: 'sms-send-test button[data-action="send"]',
		waitedFor: '"Send test SMS" button',
	},
};

/**
 * Returns one target per path of our sitemap, each a reader's first visit (nothing in the
 * tab's storage), and one more for the send page as a reader reaches it after steps 3 and 4:
 * key and draft in session storage. That one is the page set against the peers, which get
 * the key and example values filled in too, and the one that sends.
 */
export function listOurTargets(origin, paths) {
	const firstVisits = paths.map((path) => ({
		id: `ours ${path}`,
		side: 'ours',
		url: origin + path,
		...(OUR_CONTROLS[path] && { ready: ourReady(OUR_CONTROLS[path]) }),
	}));
	const withDraft = {
		id: `ours ${SEND_PAGE} + draft`,
		side: 'ours',
		draft: true,
		url: origin + SEND_PAGE,
		ready: ourReady(OUR_CONTROLS[SEND_PAGE]),
		send: ourSend,
		prepare: (context) => context.addInitScript(fillTabStorage, { draft: DRAFT, key: BENCH_KEY }),
	};
	return paths.includes(SEND_PAGE) ? [...firstVisits, withDraft] : firstVisits;
}

const SEND_PAGE = '/guide/5-test-sms/';

function ourReady(control) {
	return {
		probe: isOurControlReady,
		arg: control.selector,
		waitedFor: `${control.waitedFor} shown and enabled, every sms-* element defined`,
	};
}

const ourSend = {
	answer: { probe: isOurResultShown, arg: 'Accepted for delivery' },
	steps: async (page) => {
		await page.getByRole('button', { name: 'Send test SMS' }).click();
	},
	describe: 'click "Send test SMS"; wait for "Accepted for delivery" in the result panel',
};

function fillTabStorage({ draft, key }) {
	if (sessionStorage.getItem('sms-guide:draft') === null) {
		sessionStorage.setItem('sms-guide:draft', JSON.stringify(draft));
		sessionStorage.setItem('sms-guide:api-key', key);
	}
}

/** Returns the three peers, each rendering the same operation from bench/openapi.json. */
export function listPeerTargets(origin) {
	const answer = { probe: isTextShown, arg: ANSWER_MARK };
	return [
		{
			id: 'Swagger UI',
			side: 'peer',
			url: `${origin}/peers/swagger-ui.html`,
			ready: peerReady('Execute', '"Execute" (docExpansion full, tryItOutEnabled)'),
			send: {
				answer,
				steps: (page) => page.getByRole('button', { name: 'Execute' }).click(),
				describe: 'click "Execute"; wait for the answer in "Server response"',
			},
		},
		{
			id: 'RapiDoc',
			side: 'peer',
			url: `${origin}/peers/rapidoc.html`,
			ready: peerReady('TRY', '"TRY" (render-style read, in its shadow root)'),
			send: {
				answer,
				steps: (page) => page.getByRole('button', { name: 'TRY', exact: true }).click(),
				describe: 'click "TRY"; wait for the answer in its response panel',
			},
		},
		{
			id: 'Scalar',
			side: 'peer',
			url: `${origin}/peers/scalar.html`,
			ready: peerReady('Test Request', '"Test Request" (opens its API client)'),
			send: {
				answer,
				steps: async (page) => {
					await page.getByRole('button', { name: /^Test Request/ }).click();
					// The client has two Send buttons; which one shows depends on the window width.
					const send = page.getByRole('button', { name: /^Send/ }).filter({ visible: true });
					await send.first().click();
				},
				describe: 'click "Test Request", then "Send" in the client; wait for the answer',
			},
		},
	].map((target) => ({ ...target, prepare: answerForPeers }));
}

function peerReady(text, waitedFor) {
	return { probe: isPeerButtonReady, arg: text, waitedFor };
}

// Peers have no mock in the page: Playwright answers their request to 8x8 instead, with the
// body our mock sends. The answer is then local for everyone.
async function answerForPeers(context) {
	await context.route('https://sms.8x8.com/**', (route) =>
		route.fulfill({
			status: 200,
			contentType: 'application/json',
			headers: { 'access-control-allow-origin': '*' },
			body: JSON.stringify({
				umid: ANSWER_MARK,
				clientMessageId: null,
				destination: '6591234567',
				encoding: 'GSM7',
				status: { code: 'QUEUED', description: 'SMS is accepted and queued for processing' },
			}),
		}),
	);
}
