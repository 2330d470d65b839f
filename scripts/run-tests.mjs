// Runs every check and test suite in order, then prints one summary line of all test runners.
// Static checks (types, lint, format) count as one test each, so a broken build cannot hide
// behind green unit tests.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';

const REPORTS = 'reports';
rmSync(REPORTS, { recursive: true, force: true });
mkdirSync(REPORTS, { recursive: true });

const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };
const totals = { passed: 0, failed: 0, skipped: 0 };
const lines = [];

function run(label, command, args) {
	console.log(`\n== ${label}: ${command} ${args.join(' ')}`);
	const result = spawnSync(command, args, { stdio: 'inherit', env });
	return result.status === 0;
}

function countStatic(label, ok) {
	totals[ok ? 'passed' : 'failed'] += 1;
	lines.push(`${label}: ${ok ? 'passed' : 'FAILED'}`);
}

function readJson(path) {
	try {
		return JSON.parse(readFileSync(path, 'utf8'));
	} catch {
		return undefined;
	}
}

function countVitest(ok) {
	const report = readJson(`${REPORTS}/unit.json`);
	if (!report) {
		totals.failed += 1;
		lines.push('unit: no report (the runner did not finish)');
		return;
	}
	const skipped = report.numPendingTests + report.numTodoTests;
	totals.passed += report.numPassedTests;
	totals.failed += report.numFailedTests + (ok || report.numFailedTests ? 0 : 1);
	totals.skipped += skipped;
	lines.push(
		`unit: ${report.numPassedTests} passed, ${report.numFailedTests} failed, ${skipped} skipped`,
	);
}

function countPlaywright(ok) {
	const report = readJson(`${REPORTS}/e2e.json`);
	if (!report) {
		totals.failed += 1;
		lines.push('browser: no report (the runner did not finish)');
		return;
	}
	const { expected = 0, unexpected = 0, flaky = 0, skipped = 0 } = report.stats ?? {};
	totals.passed += expected + flaky;
	totals.failed += unexpected + (ok || unexpected ? 0 : 1);
	totals.skipped += skipped;
	lines.push(
		`browser: ${expected + flaky} passed (${flaky} after a retry), ${unexpected} failed, ${skipped} skipped`,
	);
}

countStatic('types (astro check)', run('types', 'npx', ['astro', 'check']));
countStatic('lint (eslint)', run('lint', 'npx', ['eslint', '.']));
countStatic('format (prettier)', run('format', 'npx', ['prettier', '--check', '.']));
countVitest(
	run('unit', 'npx', [
		'vitest',
		'run',
		'--reporter=default',
		'--reporter=json',
		`--outputFile.json=${REPORTS}/unit.json`,
	]),
);
countPlaywright(run('browser', 'npx', ['playwright', 'test']));

console.log('\n' + lines.join('\n'));
const skipped = totals.skipped ? `, ${totals.skipped} skipped` : '';
console.log(`\ntests: ${totals.passed} passed, ${totals.failed} failed${skipped}`);
process.exit(totals.failed === 0 ? 0 : 1);
