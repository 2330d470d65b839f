// Ships to the browser: sharper findings, and a fix, for phone numbers pasted as JSON numbers.

import type { Issue } from '~/lib/issue';

import { findNumberDestinations, type NumberDestination } from './find-number-destinations';
import { quoteNumberDestinations } from './quote-number-destinations';
import type { PasteFix } from './types';

const LOST_FORMAT = /[.eE]/;

/**
 * Returns the schema findings with the `SCHEMA_DESTINATION_TYPE` ones of numbers tied to their
 * place in `text` (`position`). A number with a decimal point or exponent, such as
 * `6.591234567E9`, becomes `PASTE_DESTINATION_LOST_DIGITS`: its digits cannot be trusted, so
 * no fix is offered for it. The other numbers get one fix that writes them all as strings, with
 * a `+` unless a `country` stands beside them.
 */
export function refineNumberDestinations(
	text: string,
	value: unknown,
	issues: readonly Issue[],
): { issues: Issue[]; fixes: PasteFix[] } {
	if (!issues.some((issue) => issue.code === 'SCHEMA_DESTINATION_TYPE')) {
		return { issues: [...issues], fixes: [] };
	}

	const numbers = new Map(findNumberDestinations(text).map((found) => [found.path, found]));
	const refined = issues.map((issue) => {
		const found = issue.code === 'SCHEMA_DESTINATION_TYPE' ? numbers.get(issue.path) : undefined;
		if (found === undefined) {
			return issue;
		}
		return LOST_FORMAT.test(found.raw) ? lostDigits(found) : { ...issue, position: found.offset };
	});

	const toQuote = [...numbers.values()]
		.filter((found) => !LOST_FORMAT.test(found.raw))
		.map((found) => ({ ...found, addPlus: !hasCountry(value, found.keys) }));
	const fix = quoteNumberDestinations(text, toQuote);
	const fixes = fix
		? [{ id: 'quote-number-destinations', label: 'Apply: write the phone numbers as text', ...fix }]
		: [];
	return { issues: refined, fixes };
}

function lostDigits(found: NumberDestination): Issue {
	const where =
		found.path === 'destination' ? 'The destination' : `The destination at ${found.path}`;
	return {
		code: 'PASTE_DESTINATION_LOST_DIGITS',
		severity: 'error',
		path: found.path,
		title: `${where} lost its digits: “${found.raw}”.`,
		detail:
			'It is a number in a format a spreadsheet or converter writes; the digits it hides, ' +
			'the + and any leading 0 cannot be recovered from it.',
		fix: 'Paste the original text of the number in quotes, such as "+6591234567".',
		position: found.offset,
	};
}

// A message's destination sits beside its own `country`; a top-level one beside the body's.
function hasCountry(value: unknown, keys: readonly (string | number)[]): boolean {
	let holder: unknown = value;
	for (const key of keys.slice(0, -1)) {
		holder =
			typeof holder === 'object' && holder !== null
				? (holder as Record<string, unknown>)[key]
				: undefined;
	}
	return typeof holder === 'object' && holder !== null && 'country' in holder;
}
