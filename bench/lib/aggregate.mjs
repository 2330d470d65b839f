// Turns the raw runs of each target into the figures the report and the budgets use.
import { describeRuns } from './stats.mjs';

/** Returns one summary per target: medians and ranges of every measure, and what was waited for. */
export function aggregate(targets, runsById, lighthouseById) {
	return targets.map((target) => {
		const runs = runsById.get(target.id) ?? [];
		const loads = runs.map((run) => run.load);
		const sends = runs.map((run) => run.send).filter(Boolean);
		return {
			id: target.id,
			side: target.side,
			draft: target.draft === true,
			path: new URL(target.url).pathname,
			waitedFor: target.ready?.waitedFor ?? null,
			sendSteps: target.send?.describe ?? null,
			runs: runs.length,
			load: {
				readyMs: describeRuns(loads, (load) => load.readyMs),
				domContentLoadedMs: describeRuns(loads, (load) => load.domContentLoadedMs),
				loadEventMs: describeRuns(loads, (load) => load.loadEventMs),
				heapBytes: describeRuns(loads, (load) => load.heapBytes),
				atLoad: describeTransfer(loads.map((load) => load.atLoad)),
				settled: describeTransfer(loads.map((load) => load.settled)),
				files: loads[0]?.settled.files ?? [],
				shikiFiles: unique(loads.flatMap((load) => load.settled.shikiFiles)),
			},
			...(sends.length > 0 && {
				send: {
					answerMs: describeRuns(sends, (send) => send.answerMs),
					...describeTransfer(sends),
					files: sends[0].files,
					shikiFiles: unique(sends.flatMap((send) => send.shikiFiles)),
				},
			}),
			lighthouse: describeLighthouse(lighthouseById.get(target.id) ?? []),
		};
	});
}

function describeTransfer(summaries) {
	return {
		requests: describeRuns(summaries, (summary) => summary.requests),
		jsRaw: describeRuns(summaries, (summary) => summary.js.raw),
		jsGzip: describeRuns(summaries, (summary) => summary.js.gzip),
		cssRaw: describeRuns(summaries, (summary) => summary.css.raw),
		cssGzip: describeRuns(summaries, (summary) => summary.css.gzip),
		allGzip: describeRuns(summaries, (summary) => summary.all.gzip),
	};
}

function describeLighthouse(audits) {
	const byForm = (formFactor) => {
		const chosen = audits.filter((audit) => audit.formFactor === formFactor);
		if (chosen.length === 0) {
			return null;
		}
		return {
			score: describeRuns(chosen, (audit) => audit.score),
			tbtMs: describeRuns(chosen, (audit) => audit.tbtMs),
			lcpMs: describeRuns(chosen, (audit) => audit.lcpMs),
			errors: chosen.flatMap((audit) => (audit.error ? [audit.error] : [])),
		};
	};
	return { mobile: byForm('mobile'), desktop: byForm('desktop') };
}

function unique(values) {
	return [...new Set(values)];
}
