import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

import { expect, test } from '@playwright/test';

import { listPages, measurePage } from '../../scripts/page-weight.mjs';

// Runs after Playwright's web server has built the site into dist/. Bytes are stable from run
// to run, so a weight regression fails here; timings are left to the benchmark.
const DIST = 'dist';
const MAX_GZIP_BYTES_ON_LOAD = 40 * 1024;

// Strings that only the heavy, on-demand code contains.
const LAZY_MARKERS = {
	msw: '[MSW]',
	'phone metadata': 'country_calling_codes',
};

// dist/ is read inside the tests: it is built by the web server, after the files are loaded.
test.describe('page weight', () => {
	test('builds every guide page', () => {
		const names = listPages(DIST).map((page) => relative(DIST, page));
		expect(names).toEqual(
			expect.arrayContaining([
				'index.html',
				'guide/1-api-key/index.html',
				'guide/3-connection/index.html',
				'guide/5-test-sms/index.html',
			]),
		);
	});

	test('keeps every page within the JavaScript budget', () => {
		for (const page of listPages(DIST)) {
			const { gzip } = measurePage(DIST, page);
			expect.soft(gzip, relative(DIST, page)).toBeLessThanOrEqual(MAX_GZIP_BYTES_ON_LOAD);
		}
	});

	test('links every module a page imports at load, so the browser fetches them at once', () => {
		for (const page of listPages(DIST)) {
			const html = readFileSync(page, 'utf8');
			const linked = [
				...html.matchAll(/<(?:script type="module" src|link rel="modulepreload" href)="([^"]+)"/g),
			];
			const { files, afterParse } = measurePage(DIST, page);
			const hrefs = linked.map((match) => match[1]);
			expect
				.soft(
					files.filter((file) => !hrefs.includes(file) && !afterParse.includes(file)),
					relative(DIST, page),
				)
				.toEqual([]);
		}
	});

	test('loads no mock or phone library before use', () => {
		for (const page of listPages(DIST)) {
			const { files } = measurePage(DIST, page);
			const code = files.map((file) => readFileSync(join(DIST, file), 'utf8')).join('\n');
			for (const [library, marker] of Object.entries(LAZY_MARKERS)) {
				expect.soft(code.includes(marker), `${library} on ${relative(DIST, page)}`).toBe(false);
			}
		}
	});
});
