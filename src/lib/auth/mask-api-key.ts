// Ships to the browser: keep it free of secrets and heavy imports.

const SHOWN_AT_EACH_END = 4;

// Below this length the 8 shown characters would give away too much of the value.
const SHORTEST_PARTLY_SHOWN = 20;

/**
 * Returns the key with all but its first and last 4 characters replaced by `…`,
 * e.g. `AbCd…r789`, so a reader can recognise their key without it being shown.
 * Keys shorter than 20 characters come back as one `•` per character; `''` stays `''`.
 */
export function maskApiKey(key: string): string {
	const characters = Array.from(key);
	if (characters.length < SHORTEST_PARTLY_SHOWN) {
		return '•'.repeat(characters.length);
	}

	const head = characters.slice(0, SHOWN_AT_EACH_END).join('');
	const tail = characters.slice(-SHOWN_AT_EACH_END).join('');
	return `${head}…${tail}`;
}
