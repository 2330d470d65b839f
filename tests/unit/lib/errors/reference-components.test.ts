import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { buildErrorRows, type ErrorGroup } from '~/lib/errors/build-error-rows';
import { REGIONS } from '~/lib/sms/regions';

import { createAstroRenderer, type AstroRenderer } from './support/create-astro-renderer';

let renderer: AstroRenderer;

beforeAll(async () => {
	renderer = await createAstroRenderer();
}, 60_000);
afterAll(async () => {
	await renderer.close();
});

const GROUPS: { group: ErrorGroup }[] = [
	{ group: 'statuses' },
	{ group: 'codes' },
	{ group: 'rejections' },
];

function renderErrorTable(group: ErrorGroup) {
	const props = { group, caption: `Caption for ${group}` };
	return renderer.render('/src/components/reference/ErrorTable.astro', props);
}

describe('ErrorTable', () => {
	it.each(GROUPS)(
		'renders a section and an index link for each $group entry',
		async ({ group }) => {
			const html = await renderErrorTable(group);
			for (const row of buildErrorRows(group)) {
				expect(html).toContain(`id="${row.id}"`);
				expect(html).toContain(`href="#${row.id}"`);
			}
		},
	);

	it.each([{ code: 1001 }, { code: 1200 }, { code: 3011 }, { code: 4018 }])(
		'renders code $code in its own section with its meaning and fix',
		async ({ code }) => {
			const section = findSection(await renderErrorTable('codes'), `code-${code}`);
			const row = buildErrorRows('codes').find((entry) => entry.id === `code-${code}`);
			expect(section).toContain(escapeHtml(row?.meaning ?? 'missing'));
			expect(section).toContain(escapeHtml(row?.fix ?? 'missing'));
		},
	);

	it('ships no client script', async () => {
		const html = await renderErrorTable('codes');
		expect(html).not.toMatch(/<script/i);
	});

	it('captions the summary table', async () => {
		expect(await renderErrorTable('statuses')).toMatch(/<caption[^>]*>Caption for statuses</);
	});
});

describe('LimitTable', () => {
	it.each([
		{ table: 'parts', values: ['160', '153', '1,530 (10 parts)', '70', '67', '670 (10 parts)'] },
		{
			table: 'fields',
			values: ['11 characters', '16 characters', '350 characters', '20 characters', '10,000 items'],
		},
		{ table: 'rates', values: ['1,800 requests a second', '3,000 requests a second'] },
	])('renders the $table limits from the data module', async ({ table, values }) => {
		const html = await renderer.render('/src/components/reference/LimitTable.astro', { table });
		for (const value of values) {
			expect(html).toMatch(new RegExp(`>${value.replace(/[()]/g, '\\$&')}<`));
		}
	});
});

describe('RegionTable', () => {
	it('renders every region with its base URL and send address', async () => {
		const html = await renderer.render('/src/components/reference/RegionTable.astro');
		for (const region of REGIONS) {
			expect(html).toContain(region.label);
			expect(html).toContain(`>${region.baseUrl}<`);
			expect(html).toContain(`${region.baseUrl}/api/v1/subaccounts/{subAccountId}/messages`);
		}
	});
});

// Returns the markup of the section whose id is `id`, or an empty string.
function findSection(html: string, id: string): string {
	return new RegExp(`<section id="${id}"[\\s\\S]*?</section>`).exec(html)?.[0] ?? '';
}

// Astro's escaping of text content, so catalogue wording can be found in the markup.
function escapeHtml(text: string): string {
	return text
		.replaceAll('&', '&amp;')
		.replaceAll('<', '&lt;')
		.replaceAll('>', '&gt;')
		.replaceAll('"', '&quot;')
		.replaceAll("'", '&#39;');
}
