// Ships to the browser: warns about fields 8x8 would ignore, often a misspelt name.

import type { Issue } from '~/lib/issue';

/**
 * Returns one `SCHEMA_UNKNOWN_FIELD` warning per key of `value` that is not in `known`, with
 * `path` as `prefix` plus the key (`messages[0].destinaton`). When the key differs from a known
 * one only by letter case, `_` or `-`, or by a letter or two (one per four letters of the key),
 * the fix names that field.
 * Returns `[]` when `value` is not a plain object.
 */
export function findUnknownFields(value: unknown, known: readonly string[], prefix = ''): Issue[] {
	if (typeof value !== 'object' || value === null || Array.isArray(value)) {
		return [];
	}

	return Object.keys(value)
		.filter((key) => !known.includes(key))
		.map((key) => {
			const suggestion = suggestField(key, known);
			return {
				code: 'SCHEMA_UNKNOWN_FIELD',
				severity: 'warning',
				path: prefix ? `${prefix}.${key}` : key,
				title: `8x8 does not know the field “${key}”.`,
				detail: 'Fields outside 8x8’s list are ignored, so this value is not sent.',
				fix: suggestion
					? `Rename it to ${suggestion}.`
					: 'Remove it, or compare its name with the request fields reference.',
			};
		});
}

function suggestField(key: string, known: readonly string[]): string | undefined {
	const plain = normalize(key);
	const allowed = Math.min(2, Math.max(1, Math.floor(plain.length / 4)));
	return (
		known.find((name) => normalize(name) === plain) ??
		known.find((name) => editDistance(normalize(name), plain) <= allowed)
	);
}

function normalize(name: string): string {
	return name.toLowerCase().replace(/[_-]/g, '');
}

// Levenshtein distance; names are short, so the quadratic table is fine. Long keys are cut, as
// no field name of 8x8 has more than 25 characters.
function editDistance(a: string, b: string): number {
	const left = a.slice(0, 40);
	const right = b.slice(0, 40);
	let previous = Array.from({ length: right.length + 1 }, (_, index) => index);
	for (let i = 1; i <= left.length; i++) {
		const current = [i];
		for (let j = 1; j <= right.length; j++) {
			const substitution = (previous[j - 1] ?? 0) + (left[i - 1] === right[j - 1] ? 0 : 1);
			current.push(Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution));
		}
		previous = current;
	}
	return previous[right.length] ?? 0;
}
