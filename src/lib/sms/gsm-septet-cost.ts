// Ships to the browser: keep it free of secrets and heavy imports.

// GSM 03.38 default alphabet (3GPP TS 23.038), without ESC, in table order.
const BASIC = new Set(
	'@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !"#¤%&\'()*+,-./0123456789:;<=>?' +
		'¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà',
);

// The extension table: each character is sent as ESC plus itself, two septets.
const EXTENSION = new Set('\f^{}\\[~]|€');

/**
 * Returns how many GSM-7 septets one character (one code point) costs: 1 for the default
 * alphabet, 2 for the extension table (`^ { } \ [ ~ ] | €` and form feed), or `undefined`
 * when the character cannot be sent in GSM-7 at all (TAB, backtick, curly quotes, emoji…).
 */
export function gsmSeptetCost(char: string): 1 | 2 | undefined {
	if (BASIC.has(char)) {
		return 1;
	}
	if (EXTENSION.has(char)) {
		return 2;
	}
	return undefined;
}
