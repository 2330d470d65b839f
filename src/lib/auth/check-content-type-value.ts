// Ships to the browser: keep it free of secrets and heavy imports.

import type { Issue } from '~/lib/issue';

import { toIssue } from './auth-messages';
import { JSON_MEDIA_TYPE } from './build-auth-headers';
import { contentTypeMessages as messages } from './content-type-messages';
import { checkValueWritten } from './check-value-written';
import type { HeaderField } from './read-header-line';
import type { HeaderLine } from './split-header-lines';

const UTF8_CHARSET = /^charset\s*=\s*"?utf-8"?$/i;
const PATH = 'headers';

/**
 * Returns the findings about a `Content-Type` value typed on `line`. Anything but
 * `application/json` (any letter case) is an error asking for a JSON body; capitals and a
 * `charset=utf-8` parameter are info (allowed, not needed); any other parameter is a warning.
 */
export function checkContentTypeValue(field: HeaderField, line: HeaderLine): Issue[] {
	const { value, valueOffset: at } = field;
	const facts = { line: line.number, name: field.name };
	const unreadable = checkValueWritten(field, line);
	if (unreadable.length > 0) {
		return unreadable;
	}

	const [type = '', ...parameters] = value.split(';').map((part) => part.trim());
	if (type.toLowerCase() !== JSON_MEDIA_TYPE) {
		const message = messages.HEADER_CONTENT_TYPE_NOT_JSON({ ...facts, type: type || value });
		return [toIssue('HEADER_CONTENT_TYPE_NOT_JSON', message, PATH, at)];
	}

	const issues: Issue[] = [];
	if (type !== JSON_MEDIA_TYPE) {
		const message = messages.HEADER_CONTENT_TYPE_CASE({ ...facts, type });
		issues.push(toIssue('HEADER_CONTENT_TYPE_CASE', message, PATH, at));
	}
	for (const parameter of parameters.filter((part) => part !== '')) {
		const position = at + value.indexOf(parameter);
		const issue = UTF8_CHARSET.test(parameter)
			? toIssue(
					'HEADER_CONTENT_TYPE_CHARSET',
					messages.HEADER_CONTENT_TYPE_CHARSET(facts),
					PATH,
					position,
				)
			: toIssue(
					'HEADER_CONTENT_TYPE_PARAMETER',
					messages.HEADER_CONTENT_TYPE_PARAMETER({ ...facts, parameter }),
					PATH,
					position,
				);
		issues.push(issue);
	}
	return issues;
}
