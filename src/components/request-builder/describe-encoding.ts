// Ships to the browser: short phrases for the request widget's encoding outputs.
import type { EncodingAnalysis } from '~/lib/sms/analyze-encoding';
import { describeCharacter } from '~/lib/sms/describe-character';

const ENCODING_NAME = { GSM7: 'GSM-7', UCS2: 'UCS-2 (Unicode)' } as const;
const UNIT_NAME = { GSM7: 'septets', UCS2: 'UTF-16 units' } as const;

/** Returns the text for the Encoding, Segments and Characters outputs and the UCS-2 reason. */
export function describeEncoding(analysis: EncodingAnalysis) {
	const unit = UNIT_NAME[analysis.encoding];
	const capacity =
		analysis.segments > 1 ? `${analysis.perSegment} per part` : `${analysis.perSegment} fit in one`;
	// Each character once, and by name when it is invisible: a quoted tab shows as blank.
	const distinct = [...new Set(analysis.nonGsm.map((found) => found.char))];
	const shown = distinct.slice(0, 5).map(describeCharacter);
	const more = distinct.length > 5 ? ` and ${distinct.length - 5} more` : '';
	return {
		encoding: ENCODING_NAME[analysis.encoding],
		segments:
			`${analysis.segments} (${analysis.units} ${unit}, ${capacity})` +
			(analysis.overLimit ? ': over the 10-part limit, 8x8 cuts the rest' : ''),
		characters: String(analysis.characters),
		reason: analysis.nonGsm.length
			? `UCS-2 because these are not in the GSM-7 alphabet: ${shown.join(', ')}${more}.`
			: '',
	};
}
