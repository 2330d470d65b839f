// Writes the benchmark's results as Markdown: side-by-side tables with ratios ours/peer, every
// page of the site, the keystroke cost, and the budget verdicts.
import { kb } from './budgets.mjs';

const SEND_PAGE = '/guide/5-test-sms/';

/** Returns the whole report as Markdown. */
export function formatReport({ meta, summaries, keystrokes, budgets }) {
	const ours = summaries.filter((summary) => summary.side === 'ours');
	const peers = summaries.filter((summary) => summary.side === 'peer');
	const sendPage = ours.find((summary) => summary.path === SEND_PAGE && summary.draft);
	const audited = ours.find((summary) => summary.path === SEND_PAGE && !summary.draft);
	const stepPages = ours.filter((summary) => summary.waitedFor);
	return [
		`# Benchmark: the guide against Swagger UI, RapiDoc and Scalar`,
		'',
		formatMeta(meta),
		'',
		'## Budgets',
		'',
		table(
			['budget', 'limit', 'measured', 'verdict'],
			budgets.map((b) => [b.name, b.limit, b.actual, b.ok ? 'holds' : '**FAILS**']),
		),
		'',
		formatStarlightFloor(ours),
		'',
		`## Side by side: ${SEND_PAGE} against each peer (ours / peer)`,
		'',
		"Medians; the ratio divides ours by the peer's. Ours is the send page with the key and",
		'draft from steps 3 and 4 in session storage (the peers get key and example values too);',
		'its Lighthouse rows are a first visit, as Lighthouse starts with empty storage.',
		'',
		sendPage ? formatRatios(sendPage, audited ?? sendPage, peers) : '(not measured)',
		'',
		'## Load and first send, median [min-max]',
		'',
		formatLoadTable([...stepPages, ...peers]),
		'',
		formatWaits([...stepPages, ...peers]),
		'',
		'## Every page of the site',
		'',
		formatPages(ours),
		'',
		'## Keystroke cost (validate, build and every snippet; no DOM)',
		'',
		formatKeystrokes(keystrokes),
		'',
		'## What the first mock send fetched',
		'',
		sendPage?.send ? formatFiles(sendPage.send.files) : '(not measured)',
		'',
	].join('\n');
}

// The pages with no widget are Starlight and our prose alone: how soon their DOMContentLoaded
// comes is the floor for any widget on a Starlight page, since deferred scripts run after it.
function formatStarlightFloor(ours) {
	const plain = ours.filter((s) => !s.waitedFor && s.load.domContentLoadedMs);
	const fastest = plain.sort(
		(a, b) => a.load.domContentLoadedMs.median - b.load.domContentLoadedMs.median,
	)[0];
	if (!fastest) {
		return '';
	}
	return (
		`For scale: the fastest page with no widget at all (${fastest.path}, Starlight and ` +
		`prose only) reached DOMContentLoaded after ${msText(fastest.load.domContentLoadedMs.median)} ` +
		"(median), and a page's deferred scripts, a widget's included, run only after it."
	);
}

function formatMeta(meta) {
	return [
		`- Run: ${meta.startedAt}, ${meta.durationS} s; ${meta.runs} cold runs per page in Playwright ` +
			`(fresh context, empty cache), ${meta.lighthouseRuns} Lighthouse run(s) per page and form factor.`,
		`- Machine: ${meta.cpus} CPUs, load average ${meta.loadBefore} before and ${meta.loadAfter} ` +
			'after: other work shares it, so timings are noisy; bytes are not.',
		`- Lighthouse's benchmark index of this host: median ${meta.benchmarkIndex ?? '-'} (a ` +
			'typical desktop scores about 1,000 or more; the lower it is, the more the simulated ' +
			'mobile CPU slow-down inflates TBT).',
		`- Chromium ${meta.chromium}, Node ${meta.node}, Lighthouse ${meta.versions.lighthouse}; ` +
			`peers: Swagger UI (swagger-ui-dist) ${meta.versions['swagger-ui-dist']}, ` +
			`RapiDoc ${meta.versions.rapidoc}, Scalar (@scalar/api-reference) ` +
			`${meta.versions['@scalar/api-reference']}.`,
		"- Every page, ours and the peers', comes from the same small loopback server, gzip on as " +
			'on any real host. Bytes are the decoded response bodies, gzipped here at the default ' +
			'level. "At load": requested before the load event. "Settled": everything fetched ' +
			'with no input until the network was quiet for 1 s.',
	].join('\n');
}

function formatRatios(ours, oursAudited, peers) {
	const rows = [
		['JS gzip at load', (s) => s.load.atLoad.jsGzip, kb],
		['JS gzip settled', (s) => s.load.settled.jsGzip, kb],
		['JS raw settled', (s) => s.load.settled.jsRaw, kb],
		['CSS gzip settled', (s) => s.load.settled.cssGzip, kb],
		['CSS raw settled', (s) => s.load.settled.cssRaw, kb],
		['requests settled', (s) => s.load.settled.requests, String],
		['send control usable', (s) => s.load.readyMs, msText],
		['JS heap after load', (s) => s.load.heapBytes, mb],
		['first send: click to answer', (s) => s.send?.answerMs, msText],
		['first send: gzip fetched after the click', (s) => s.send?.allGzip, kb],
		['Lighthouse mobile score', (s) => s.lighthouse.mobile?.score, String, true],
		['Lighthouse mobile TBT', (s) => s.lighthouse.mobile?.tbtMs, msText, true],
		['Lighthouse mobile LCP', (s) => s.lighthouse.mobile?.lcpMs, msText, true],
		['Lighthouse desktop score', (s) => s.lighthouse.desktop?.score, String, true],
		['Lighthouse desktop TBT', (s) => s.lighthouse.desktop?.tbtMs, msText, true],
		['Lighthouse desktop LCP', (s) => s.lighthouse.desktop?.lcpMs, msText, true],
	];
	const header = ['measure', 'ours', ...peers.flatMap((peer) => [peer.id, 'ours/peer'])];
	return table(
		header,
		rows.map(([label, pick, format, audit]) => {
			const mine = pick(audit ? oursAudited : ours)?.median;
			const cells = peers.flatMap((peer) => {
				const theirs = pick(peer)?.median;
				return [show(theirs, format), ratio(mine, theirs)];
			});
			return [label, show(mine, format), ...cells];
		}),
	);
}

function formatLoadTable(summaries) {
	return table(
		[
			'page',
			'usable',
			'DOMContentLoaded',
			'load event',
			'JS gzip at load',
			'JS gzip settled',
			'CSS gzip',
			'requests',
			'heap',
			'send: click to answer',
			'send: gzip fetched',
		],
		summaries.map((s) => [
			label(s),
			range(s.load.readyMs, msText),
			range(s.load.domContentLoadedMs, msText),
			range(s.load.loadEventMs, msText),
			range(s.load.atLoad.jsGzip, kb),
			range(s.load.settled.jsGzip, kb),
			range(s.load.settled.cssGzip, kb),
			range(s.load.settled.requests, String),
			range(s.load.heapBytes, mb),
			range(s.send?.answerMs, msText),
			range(s.send?.allGzip, kb),
		]),
	);
}

function formatWaits(summaries) {
	const lines = summaries.map((s) => {
		const send = s.sendSteps ? ` First send: ${s.sendSteps}.` : '';
		return `- ${label(s)}: usable = ${s.waitedFor}.${send}`;
	});
	return ['What "usable" and "answer" mean on each page:', '', ...lines].join('\n');
}

function formatPages(ours) {
	return table(
		[
			'page',
			'DOMContentLoaded',
			'JS gzip at load',
			'JS gzip settled',
			'requests',
			'mobile score',
			'mobile TBT',
			'mobile LCP',
			'desktop score',
			'desktop TBT',
			'desktop LCP',
		],
		ours.map((s) => {
			const { mobile, desktop } = s.lighthouse;
			return [
				s.draft ? `${s.path} + draft` : s.path,
				msText(s.load.domContentLoadedMs.median),
				range(s.load.atLoad.jsGzip, kb),
				range(s.load.settled.jsGzip, kb),
				range(s.load.settled.requests, String),
				range(mobile?.score, String),
				range(mobile?.tbtMs, msText),
				range(mobile?.lcpMs, msText),
				range(desktop?.score, String),
				range(desktop?.tbtMs, msText),
				range(desktop?.lcpMs, msText),
			];
		}),
	);
}

function formatKeystrokes(keystrokes) {
	if (!keystrokes) {
		return '(not measured)';
	}
	return table(
		['draft', 'characters', 'runs', 'median', 'p95'],
		keystrokes.map((k) => [
			k.name,
			String(k.characters),
			String(k.iterations),
			`${k.medianUs.toFixed(0)} µs`,
			`${k.p95Us.toFixed(0)} µs`,
		]),
	);
}

function formatFiles(files) {
	return table(
		['file', 'kind', 'gzip'],
		files.map((file) => [
			new URL(file.url).pathname + (file.fromServiceWorker ? ' (answered by the mock)' : ''),
			file.kind,
			file.fromServiceWorker ? '-' : kb(file.gzip),
		]),
	);
}

function label(summary) {
	return summary.id;
}

function table(header, rows) {
	const line = (cells) => `| ${cells.join(' | ')} |`;
	return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

function range(stat, format) {
	if (!stat) {
		return '-';
	}
	if (format(stat.min) === format(stat.max)) {
		return format(stat.median);
	}
	return `${format(stat.median)} [${format(stat.min)}-${format(stat.max)}]`;
}

function show(value, format) {
	return value === undefined || value === null ? '-' : format(value);
}

function ratio(mine, theirs) {
	if (!Number.isFinite(mine) || !Number.isFinite(theirs) || theirs === 0) {
		return '-';
	}
	return `${(mine / theirs).toFixed(2)}×`;
}

function msText(value) {
	return `${Math.round(value)} ms`;
}

function mb(bytes) {
	return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
