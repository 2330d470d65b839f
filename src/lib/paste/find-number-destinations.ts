// Ships to the browser: finds phone numbers written as JSON numbers, with their place in the text.

import { visit } from 'jsonc-parser';

import { formatPath } from '~/lib/schema/format-path';

import { findTooDeep } from './find-too-deep';

/** A number where 8x8 wants a phone number as a string. */
export interface NumberDestination {
	/** Path as the schema findings write it: `destination`, `messages[0].destination`, ... */
	path: string;
	/** The same path as keys and indexes. */
	keys: (string | number)[];
	/** Zero-based UTF-16 index of the number in the text. */
	offset: number;
	/** The number exactly as written, such as `6591234567` or `6.591234567E9`. */
	raw: string;
}

/**
 * Returns every JSON number in a destination's place: `destination`, an item of
 * `destinations`, or the `destination` of a message. Returns `[]` for text that is not valid
 * JSON or nests deeper than the checker reads.
 */
export function findNumberDestinations(text: string): NumberDestination[] {
	if (findTooDeep(text) !== undefined) {
		return [];
	}

	const found: NumberDestination[] = [];
	let valid = true;
	visit(text, {
		onError: () => {
			valid = false;
		},
		onLiteralValue: (value, offset, length, _line, _column, pathSupplier) => {
			const keys = typeof value === 'number' ? pathSupplier() : [];
			if (isDestinationPath(keys)) {
				found.push({
					path: formatPath(keys),
					keys,
					offset,
					raw: text.slice(offset, offset + length),
				});
			}
		},
	});
	return valid ? found : [];
}

function isDestinationPath(keys: readonly (string | number)[]): boolean {
	const [first, second, third] = keys;
	switch (keys.length) {
		case 1:
			return first === 'destination';
		case 2:
			return first === 'destinations' && typeof second === 'number';
		case 3:
			return first === 'messages' && typeof second === 'number' && third === 'destination';
		default:
			return false;
	}
}
