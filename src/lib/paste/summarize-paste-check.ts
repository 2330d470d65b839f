// Ships to the browser: the one-line status above the paste checker's findings.

import { countWords } from './count-words';
import type { PasteCheck } from './types';

/**
 * Returns one sentence on where a pasted body stands: nothing yet, invalid JSON (with the line
 * and column), or valid JSON that 8x8 would accept or refuse, counting the problems and the
 * other findings.
 */
export function summarizePasteCheck(check: PasteCheck): string {
	if (check.kind === 'empty') {
		return 'Paste a request body to check it.';
	}
	if (check.kind === 'json-error') {
		return `Not valid JSON: see line ${check.error.line}, column ${check.error.column}.`;
	}

	const body = check.shape === 'batch' ? 'batch body' : 'send-one-SMS body';
	const errors = check.issues.filter((issue) => issue.severity === 'error').length;
	const others = check.issues.filter((issue) => issue.severity !== 'error').length;
	const notes = others > 0 ? ` See ${countWords(others, 'note')} below.` : '';
	if (check.ok) {
		return `Valid JSON, and a ${body} 8x8 accepts.${notes}`;
	}
	return `Valid JSON, but ${countWords(errors, 'problem')} for 8x8 as a ${body}.${notes}`;
}
