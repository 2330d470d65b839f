// Ships to the browser: writes a place in a body the way a reader would look it up.

/**
 * Returns a path in JavaScript notation, such as `messages[2].text` or `destinations[0]`, and
 * `body` for the empty path (the body itself).
 */
export function formatPath(path: readonly PropertyKey[]): string {
	if (path.length === 0) {
		return 'body';
	}
	return path
		.map((key, index) => {
			if (typeof key === 'number') {
				return `[${key}]`;
			}
			return `${index > 0 ? '.' : ''}${String(key)}`;
		})
		.join('');
}
