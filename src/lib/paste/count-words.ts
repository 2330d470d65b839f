// Ships to the browser: counts for fix descriptions.

/** Returns `count` and the noun in the right number: `1 quote`, `2 quotes`. */
export function countWords(count: number, singular: string, plural = `${singular}s`): string {
	return `${count.toLocaleString('en')} ${count === 1 ? singular : plural}`;
}
