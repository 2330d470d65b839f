// Ships to the browser: short phrases for the request widget's encoding outputs.
import type { EncodingAnalysis, RequestedEncoding } from '~/lib/sms/analyze-encoding';
import { describeCharacter } from '~/lib/sms/describe-character';

const ENCODING_NAME = { GSM7: 'GSM-7', UCS2: 'UCS-2 (Unicode)' } as const;
const UNIT_NAME = { GSM7: 'septets', UCS2: 'UTF-16 units' } as const;
const LISTED = 5;

/**
 * Returns the text for the Encoding, Segments and Characters outputs, the reason for the
 * encoding (empty when AUTO picks GSM-7) and the GSM-7 characters that cost two septets
 * (empty when there are none). `requested` is the encoding the body asks for.
 */
export function describeEncoding(
	analysis: EncodingAnalysis,
	requested: RequestedEncoding = 'AUTO',
) {
	const unit = UNIT_NAME[analysis.encoding];
	const capacity =
		analysis.segments > 1 ? `${analysis.perSegment} per part` : `${analysis.perSegment} fit in one`;
	const doubles = listDistinct(analysis.doubleSeptet.map((found) => found.char));
	return {
		encoding: ENCODING_NAME[analysis.encoding],
		segments:
			`${analysis.segments} (${analysis.units} ${unit}, ${capacity})` +
			(analysis.overLimit ? ': over the 10-part limit, 8x8 cuts the rest' : ''),
		characters: String(analysis.characters),
		reason: describeReason(analysis, requested),
		doubleSeptet: doubles ? `Two septets each in GSM-7: ${doubles}.` : '',
	};
}

function describeReason(analysis: EncodingAnalysis, requested: RequestedEncoding): string {
	const outside = listDistinct(analysis.nonGsm.map((found) => found.char));
	if (requested === 'AUTO') {
		return outside ? `UCS-2 because these are not in the GSM-7 alphabet: ${outside}.` : '';
	}
	const asked = `${requested === 'GSM7' ? 'GSM-7' : 'UCS-2'} because the request asks for it.`;
	if (!outside) {
		return asked;
	}
	return requested === 'GSM7'
		? `${asked} Not in the GSM-7 alphabet, so the network replaces them: ${outside}.`
		: `${asked} Not in the GSM-7 alphabet: ${outside}.`;
}

// Each character once, and by name when it is invisible: a quoted tab shows as blank.
function listDistinct(chars: string[]): string {
	const distinct = [...new Set(chars)];
	const shown = distinct.slice(0, LISTED).map(describeCharacter);
	const more = distinct.length > LISTED ? ` and ${distinct.length - LISTED} more` : '';
	return shown.length ? `${shown.join(', ')}${more}` : '';
}
