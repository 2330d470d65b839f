// Build time only: adds `<link rel="modulepreload">` for the modules a page's scripts import.
//
// Why: Astro links each page's entry scripts but not the chunks they import. The browser finds
// those only after it has fetched and parsed each entry, and that happens on the main thread,
// which is busy parsing and laying out the page, so a two-line shared chunk could arrive 150 ms
// after everything else and hold back every deferred script. Linking them up front lets the
// preload scanner fetch all of a page's JavaScript at once.

/** Returns the URL paths that the module at `src` imports statically (not `import()`). */
export type ListStaticImports = (src: string) => readonly string[];

const ENTRY_SCRIPT = /<script type="module" src="([^"]+)"/g;
const PRELOADED = /<link rel="modulepreload" href="([^"]+)"/g;

/**
 * Returns `html` with one modulepreload link, before `</head>`, for each module that its entry
 * scripts import, directly or through other modules, and that is neither an entry script nor
 * preloaded already. Returns `html` unchanged when there is nothing to add or no `</head>`.
 */
export function addModulePreloads(html: string, listStaticImports: ListStaticImports): string {
	const entries = [...html.matchAll(ENTRY_SCRIPT)].map((match) => decodeAttribute(match[1]));
	const known = new Set([...entries, ...[...html.matchAll(PRELOADED)].map((m) => m[1])]);
	const found: string[] = [];
	const visit = (src: string) => {
		for (const imported of listStaticImports(src)) {
			if (!known.has(imported)) {
				known.add(imported);
				found.push(imported);
				visit(imported);
			}
		}
	};
	entries.forEach(visit);

	const headEnd = html.indexOf('</head>');
	if (found.length === 0 || headEnd === -1) {
		return html;
	}
	const links = found.map((src) => `<link rel="modulepreload" href="${escapeAttribute(src)}">`);
	return html.slice(0, headEnd) + links.join('') + html.slice(headEnd);
}

function decodeAttribute(value = ''): string {
	return value.replaceAll('&amp;', '&');
}

function escapeAttribute(value: string): string {
	return value.replaceAll('&', '&amp;').replaceAll('"', '&quot;');
}
