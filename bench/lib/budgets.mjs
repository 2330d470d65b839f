// The performance budgets the benchmark enforces (npm test does not: timings need a quiet
// machine and several runs). Each check uses medians over the runs of this one benchmark.

export const JS_ON_LOAD_MAX_GZIP = 40 * 1024;
export const MOCK_SEND_MAX_GZIP = 60 * 1024;
export const USABLE_SHARE_OF_FASTEST_PEER = 1 / 4;
const SEND_PAGE = '/guide/5-test-sms/';

/** Returns one `{ name, limit, actual, ok, detail }` per budget; `ok` is false when unmeasured. */
export function checkBudgets(summaries) {
	const ours = summaries.filter((summary) => summary.side === 'ours');
	const peers = summaries.filter((summary) => summary.side === 'peer');
	// The send page as a reader reaches it from step 4 (key and draft stored) sends, and is
	// the page set against the peers; Lighthouse audits first visits only.
	const sendPage = ours.find((summary) => summary.path === SEND_PAGE && summary.draft);
	return [
		checkJsOnLoad(ours),
		checkUsable(sendPage, peers),
		checkLighthouse(ours.filter((summary) => !summary.draft)),
		checkMockSend(sendPage),
		checkShiki(ours),
	];
}

function checkJsOnLoad(ours) {
	const heaviest = maxBy(ours, (summary) => summary.load.atLoad.jsGzip?.median ?? Infinity);
	const actual = heaviest?.load.atLoad.jsGzip?.median;
	return {
		name: 'JavaScript on load, every page',
		limit: `≤ ${kb(JS_ON_LOAD_MAX_GZIP)} gzip`,
		actual: actual === undefined ? 'not measured' : `${kb(actual)} (${heaviest.id})`,
		ok: actual !== undefined && actual <= JS_ON_LOAD_MAX_GZIP,
		detail: 'requested before the load event; idle-time loads are reported, not budgeted',
	};
}

function checkUsable(sendPage, peers) {
	const fastest = minBy(peers, (peer) => peer.load.readyMs?.median ?? Infinity);
	const ours = sendPage?.load.readyMs?.median;
	const limit = (fastest?.load.readyMs?.median ?? Number.NaN) * USABLE_SHARE_OF_FASTEST_PEER;
	return {
		name: '"Send" usable after navigation',
		limit: fastest
			? `≤ 1/4 of the fastest peer (${fastest.id}: ${ms(fastest.load.readyMs.median)}) = ${ms(limit)}`
			: '≤ 1/4 of the fastest peer (no peer measured)',
		actual: ours === undefined ? 'not measured' : ms(ours),
		ok: ours !== undefined && ours <= limit,
		detail: `${SEND_PAGE} with key and draft stored: "Send test SMS" shown, enabled, defined`,
	};
}

function checkLighthouse(ours) {
	const misses = ours.flatMap((summary) => {
		const mobile = summary.lighthouse.mobile;
		if (!mobile?.score) {
			return [`${summary.path}: not audited`];
		}
		const { score, tbtMs } = mobile;
		const ok = score.median === 100 && tbtMs.median === 0;
		return ok ? [] : [`${summary.path}: ${score.median}, TBT ${ms(tbtMs.median)}`];
	});
	return {
		name: 'Lighthouse mobile: performance 100 and TBT 0, every page',
		limit: '100 and 0 ms',
		actual: misses.length === 0 ? 'all pages' : misses.join('; '),
		ok: ours.length > 0 && misses.length === 0,
		detail: 'median of the Lighthouse runs per page',
	};
}

function checkMockSend(sendPage) {
	const actual = sendPage?.send?.allGzip?.median;
	return {
		name: 'Mock mode, first answer: bytes fetched after the click',
		limit: `≤ ${kb(MOCK_SEND_MAX_GZIP)} gzip`,
		actual: actual === undefined ? 'not measured' : kb(actual),
		ok: actual !== undefined && actual <= MOCK_SEND_MAX_GZIP,
		detail: 'MSW chunk, the worker script and everything else the first send loads',
	};
}

// Code blocks are highlighted at build time; any Shiki in the browser must be a reviewed,
// on-first-use load of the grammars a widget needs, so finding it on load or send fails here.
function checkShiki(ours) {
	const found = ours.flatMap((summary) => [
		...summary.load.shikiFiles,
		...(summary.send?.shikiFiles ?? []),
	]);
	return {
		name: 'Shiki in the browser: on first use only, only needed grammars',
		limit: 'none on load or first send',
		actual: found.length === 0 ? 'no page loads Shiki' : [...new Set(found)].join(', '),
		ok: ours.length > 0 && found.length === 0,
		detail: 'scripts fetched on load, at idle and on the first send, searched for Shiki',
	};
}

/** Formats bytes as KB (1 KB = 1,024 bytes) with one decimal. */
export function kb(bytes) {
	return `${(bytes / 1024).toFixed(1)} KB`;
}

/** Formats milliseconds without decimals. */
export function ms(value) {
	return `${Math.round(value)} ms`;
}

function maxBy(items, pick) {
	return items.reduce((best, item) => (best && pick(best) >= pick(item) ? best : item), undefined);
}

function minBy(items, pick) {
	return items.reduce((best, item) => (best && pick(best) <= pick(item) ? best : item), undefined);
}
