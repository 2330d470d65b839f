import type { APIRequestContext } from '@playwright/test';

/**
 * Returns the path of every page in the built site's sitemap, read through the sitemap index.
 * Paths, not URLs: the sitemap names the configured `site` origin, not the preview server's.
 */
export async function readSitemapPaths(request: APIRequestContext): Promise<string[]> {
	const sitemaps = readLocations(await fetchText(request, '/sitemap-index.xml'));
	const paths: string[] = [];
	for (const sitemap of sitemaps) {
		const pages = readLocations(await fetchText(request, new URL(sitemap).pathname));
		paths.push(...pages.map((page) => new URL(page).pathname));
	}
	return paths;
}

async function fetchText(request: APIRequestContext, path: string): Promise<string> {
	const response = await request.get(path);
	if (!response.ok()) {
		throw new Error(`GET ${path} → ${response.status()}: the sitemap is missing from the build.`);
	}
	return response.text();
}

function readLocations(xml: string): string[] {
	return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1] ?? '');
}
