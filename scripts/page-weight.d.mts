/** Every .html file below `dir`. */
export function listPages(dir: string): string[];
/**
 * The JavaScript one built page loads before any interaction, in files and bytes; `afterParse`
 * holds the files of `files` requested only once the page is parsed (the widgets' code).
 */
export function measurePage(
	distDir: string,
	htmlPath: string,
): { files: string[]; afterParse: string[]; raw: number; gzip: number };
