// Ships to the browser: keep it free of secrets and heavy imports.

import type { Issue } from '~/lib/issue';

import { toIssue } from './auth-messages';
import { headerLineMessages } from './header-line-messages';
import { isQuoted } from './is-quoted';
import type { HeaderField } from './read-header-line';
import type { HeaderLine } from './split-header-lines';

const PATH = 'headers';

/**
 * Returns the finding that stops any header value from being read further: an empty value or
 * one wrapped in quotes (Workato would send the quotes too). An empty list means the value
 * can be checked for its own header's rules.
 */
export function checkValueWritten(field: HeaderField, line: HeaderLine): Issue[] {
	const facts = { line: line.number, name: field.name };
	if (field.value === '') {
		const message = headerLineMessages.HEADER_VALUE_EMPTY(facts);
		return [toIssue('HEADER_VALUE_EMPTY', message, PATH, field.valueOffset)];
	}
	if (isQuoted(field.value)) {
		const message = headerLineMessages.HEADER_VALUE_QUOTED(facts);
		return [toIssue('HEADER_VALUE_QUOTED', message, PATH, field.valueOffset)];
	}
	return [];
}
