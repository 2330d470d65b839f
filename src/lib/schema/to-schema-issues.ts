// Ships to the browser: turns zod's findings into the project's reader-facing issues.

import type * as z from 'zod/mini';

import type { Issue } from '~/lib/issue';

import { formatPath } from './format-path';
import { writeSchemaIssue, type SchemaFinding } from './write-schema-issue';

// Items of these lists are named after the singular field.
const ITEM_FIELD: Readonly<Record<string, string>> = {
	destinations: 'destination',
	messages: 'message',
};
// Nouns for fields whose bare name does not read as one.
const FIELD_NOUN: Readonly<Record<string, string>> = {
	destinations: 'destinations list',
	messages: 'messages list',
	scheduled: 'scheduled time',
	expiry: 'expiry time',
};

/**
 * Returns one {@link Issue} per failing place in `input`, in zod's order: the first rule that
 * failed there wins, so `"SGP"` as a country is reported once. Codes read
 * `SCHEMA_<FIELD>_<KIND>`, such as `SCHEMA_DESTINATION_PATTERN` or `SCHEMA_TEXT_MISSING`, with
 * `BODY` for the body itself; `path` is the place in JavaScript notation, such as
 * `messages[2].text`, or `body`. All are errors.
 */
export function toSchemaIssues(zodIssues: readonly z.core.$ZodIssue[], input: unknown): Issue[] {
	const seen = new Set<string>();
	const issues: Issue[] = [];
	for (const zodIssue of zodIssues) {
		const path = formatPath(zodIssue.path);
		if (seen.has(path)) {
			continue;
		}
		seen.add(path);
		issues.push(toIssue(zodIssue, path, input));
	}
	return issues;
}

function toIssue(zodIssue: z.core.$ZodIssue, path: string, input: unknown): Issue {
	const value = valueAt(input, zodIssue.path);
	const field = fieldOf(zodIssue.path);
	const finding: SchemaFinding = {
		field,
		kind: kindOf(zodIssue, value),
		path: zodIssue.path,
		label: labelOf(zodIssue.path, field),
		value,
		...details(zodIssue),
	};
	const code = `SCHEMA_${toSnake(field)}_${finding.kind}`;
	return { code, severity: 'error', path, ...writeSchemaIssue(finding) };
}

function kindOf(zodIssue: z.core.$ZodIssue, value: unknown): string {
	const isArray = 'origin' in zodIssue && zodIssue.origin === 'array';
	switch (zodIssue.code) {
		case 'custom':
			return String(zodIssue.params?.rule ?? 'INVALID');
		case 'invalid_type':
			return value === undefined ? 'MISSING' : 'TYPE';
		case 'too_big':
			return isArray ? 'TOO_MANY' : 'TOO_LONG';
		case 'too_small':
			return isArray ? 'EMPTY' : 'TOO_SHORT';
		case 'invalid_format':
			if (value === '') {
				return 'EMPTY';
			}
			return zodIssue.format === 'regex' ? 'PATTERN' : 'FORMAT';
		case 'invalid_value':
			return 'VALUE';
		default:
			return 'INVALID';
	}
}

function details(zodIssue: z.core.$ZodIssue): Partial<SchemaFinding> {
	switch (zodIssue.code) {
		case 'invalid_type':
			return { expected: zodIssue.expected };
		case 'too_big':
			return { limit: Number(zodIssue.maximum) };
		case 'invalid_value':
			return { allowed: zodIssue.values.map(String) };
		default:
			return {};
	}
}

function fieldOf(path: readonly PropertyKey[]): string {
	const last = path.at(-1);
	if (last === undefined) {
		return 'body';
	}
	if (typeof last === 'number') {
		return ITEM_FIELD[String(path.at(-2))] ?? String(path.at(-2));
	}
	return String(last);
}

// `The destination`, `The text of message 3`, `The template text`, `Destination 5 in
// destinations`: numbers count from 1 for the reader.
function labelOf(path: readonly PropertyKey[], field: string): string {
	const [first, second, third] = path;
	if (path.length === 0) {
		return 'The body';
	}
	if (first === 'template' && second !== undefined) {
		return `The template ${nounOf(String(second))}`;
	}
	if (typeof second === 'number' && third === undefined) {
		const noun = field.charAt(0).toUpperCase() + field.slice(1);
		return `${noun} ${second + 1} in ${String(first)}`;
	}
	if (typeof second === 'number') {
		return `The ${nounOf(String(third))} of message ${second + 1}`;
	}
	return `The ${nounOf(field)}`;
}

function nounOf(field: string): string {
	return FIELD_NOUN[field] ?? field;
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
	let value = input;
	for (const key of path) {
		if (typeof value !== 'object' || value === null || !Object.hasOwn(value, key)) {
			return undefined;
		}
		value = (value as Record<PropertyKey, unknown>)[key];
	}
	return value;
}

function toSnake(field: string): string {
	return field.replace(/[A-Z]/g, (letter) => `_${letter}`).toUpperCase();
}
