// Ships to the browser: short phrases for the request widget's encoding outputs.
import type { EncodingAnalysis } from '~/lib/sms/analyze-encoding';

const ENCODING_NAME = { GSM7: 'GSM-7', UCS2: 'UCS-2 (Unicode)' } as const;
const UNIT_NAME = { GSM7: 'septets', UCS2: 'UTF-16 units' } as const;

/** Returns the text for the Encoding, Segments and Characters outputs and the UCS-2 reason. */
export function describeEncoding(analysis: EncodingAnalysis) {
	const unit = UNIT_NAME[analysis.encoding];
	const capacity =
		analysis.segments > 1 ? `${analysis.perSegment} per part` : `${analysis.perSegment} fit in one`;
	const shown = analysis.nonGsm.slice(0, 5).map((found) => `“${found.char}” ${found.codePoint}`);
	const more = analysis.nonGsm.length > 5 ? ` and ${analysis.nonGsm.length - 5} more` : '';
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
