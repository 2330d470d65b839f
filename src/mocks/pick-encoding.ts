// Ships to the browser: the mock's simple stand-in for 8x8's encoding choice.

import type { SmsEncoding } from './sms-api-rules';

// GSM 03.38 basic table, then its extension table (each extension character costs two septets,
// which does not matter for choosing the encoding).
const GSM7_BASIC =
	'@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !"#¤%&\'()*+,-./0123456789:;<=>?' +
	'¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà';
const GSM7_EXTENSION = '^{}\\[~]|€\f';
const GSM7 = new Set(GSM7_BASIC + GSM7_EXTENSION);

/**
 * Returns the encoding 8x8 reports back for `text`: `GSM7` or `UCS2` as asked, and for `AUTO`
 * `UCS2` as soon as one character is outside the GSM-7 basic and extension tables.
 */
export function pickEncoding(text: string, requested: SmsEncoding = 'AUTO'): 'GSM7' | 'UCS2' {
	if (requested !== 'AUTO') {
		return requested;
	}

	for (const char of text) {
		if (!GSM7.has(char)) {
			return 'UCS2';
		}
	}
	return 'GSM7';
}
