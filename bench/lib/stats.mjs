// Medians and ranges over repeated runs: timings on a shared 2-core machine are noisy, so
// every figure the report quotes is a median, with the minimum and maximum beside it.

/** Returns `{ median, min, max, values }` of the finite numbers in `values`; null for none. */
export function describe(values) {
	const numbers = values.filter((value) => Number.isFinite(value));
	if (numbers.length === 0) {
		return null;
	}
	const sorted = [...numbers].sort((a, b) => a - b);
	const middle = Math.floor(sorted.length / 2);
	const median =
		sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
	return { median, min: sorted[0], max: sorted.at(-1), values: numbers };
}

/** Applies `describe` to `pick(run)` over the runs that have a value there. */
export function describeRuns(runs, pick) {
	return describe(runs.map((run) => pick(run) ?? Number.NaN));
}
