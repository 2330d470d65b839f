/** Every .html file below `dir`. */
export function listPages(dir: string): string[];
/** The JavaScript one built page loads before any interaction, in files and bytes. */
export function measurePage(
	distDir: string,
	htmlPath: string,
): { files: string[]; raw: number; gzip: number };
