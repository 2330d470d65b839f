// Ships to the browser: the text of each SMS part for the request widget's Parts view.
import type { EncodingAnalysis } from '~/lib/sms/analyze-encoding';
import { gsmSeptetCost } from '~/lib/sms/gsm-septet-cost';
import { SMS_LIMITS } from '~/lib/sms/limits';

/** One part as the Parts view lists it. */
export interface PartDescription {
	/** Such as `Part 1 (153 septets)`; parts past the cap end in `, cut off`. */
	label: string;
	text: string;
	/** True for a part after the 10th, which 8x8 does not send. */
	cut: boolean;
}

const UNIT = { GSM7: ['septet', 'septets'], UCS2: ['UTF-16 unit', 'UTF-16 units'] } as const;

/**
 * Returns each part of the analysed text with its size in the encoding's units, and a warning
 * when the text needs more parts than 8x8 sends (empty otherwise). An empty text has no parts.
 */
export function describeParts(analysis: EncodingAnalysis): {
	parts: PartDescription[];
	cap: string;
} {
	const max = SMS_LIMITS.maxParts;
	const parts = analysis.parts.map((text, index) => {
		const units = countUnits(text, analysis.encoding);
		const unit = UNIT[analysis.encoding][units === 1 ? 0 : 1];
		const cut = index >= max;
		return { label: `Part ${index + 1} (${units} ${unit}${cut ? ', cut off' : ''})`, text, cut };
	});
	const cap = analysis.overLimit
		? `8x8 sends at most ${max} parts, so parts ${max + 1} to ${parts.length} never arrive. ` +
			'Shorten the text.'
		: '';
	return { parts, cap };
}

// A character GSM-7 lacks still takes one septet when GSM-7 is forced: the network swaps it.
function countUnits(text: string, encoding: EncodingAnalysis['encoding']): number {
	if (encoding === 'UCS2') {
		return text.length;
	}
	let units = 0;
	for (const char of text) {
		units += gsmSeptetCost(char) ?? 1;
	}
	return units;
}
