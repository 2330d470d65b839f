// Ships to the browser: keep it free of secrets and heavy imports.

import { describeCharacter } from './describe-character';

/**
 * Names the character that starts at UTF-16 index `index` of `text`, adding its 1-based
 * position counted in characters (an emoji counts as one): `“&” (U+0026) at character 5`.
 * Returns `''` when `index` is outside `text`.
 */
export function describeCharacterAt(text: string, index: number): string {
	const codePoint = text.codePointAt(index);
	if (codePoint === undefined) {
		return '';
	}

	const position = Array.from(text.slice(0, index)).length + 1;
	return `${describeCharacter(String.fromCodePoint(codePoint))} at character ${position}`;
}
