// Ships to the browser: version 4 UUIDs for the mock's `umid` and `errorId`.

/**
 * Returns a random version 4 UUID in lower case. Uses `crypto.randomUUID` where the page is a
 * secure context, and builds one from `crypto.getRandomValues` elsewhere (a site opened over
 * plain HTTP on a LAN address has no `randomUUID`).
 */
export function randomUuid(): string {
	if (typeof crypto.randomUUID === 'function') {
		return crypto.randomUUID();
	}

	const bytes = crypto.getRandomValues(new Uint8Array(16));
	bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x40;
	bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
	const hex = Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
	return [
		hex.slice(0, 8),
		hex.slice(8, 12),
		hex.slice(12, 16),
		hex.slice(16, 20),
		hex.slice(20),
	].join('-');
}
