// Counts the generated inputs of every property in this folder, so the run can print the total,
// and fixes fast-check's seed so a CI run is repeatable. Set FC_SEED to explore other inputs.
import fc from 'fast-check';

fc.configureGlobal({ seed: Number(process.env['FC_SEED'] ?? 20261203) });

const counts = new Map<string, number>();

/** Returns `runs` after recording it under `name`, for use as fast-check's `numRuns`. */
export function countedRuns(name: string, runs: number): number {
	counts.set(name, (counts.get(name) ?? 0) + runs);
	return runs;
}

/** One line per property and the total, for the test output. */
export function formatRunCounts(): string {
	const lines = [...counts].map(([name, runs]) => `  ${name}: ${runs.toLocaleString('en')}`);
	const total = [...counts.values()].reduce((sum, runs) => sum + runs, 0);
	return [`property inputs: ${total.toLocaleString('en')}`, ...lines].join('\n');
}
