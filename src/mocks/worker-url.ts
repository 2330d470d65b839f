// Ships to the browser: where the MSW worker script lives on a site with a base path.

/**
 * Returns the service worker script URL for a site base path, e.g. `/docs` and `/docs/` both
 * give `/docs/mockServiceWorker.js`; an empty base gives `/mockServiceWorker.js`. Pass Astro's
 * `import.meta.env.BASE_URL`: MSW's default of `/mockServiceWorker.js` 404s under a base path.
 */
export function workerUrl(baseUrl: string): string {
	const base = baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`;
	return `${base}mockServiceWorker.js`;
}
