// Build time only: lists a schema's fields for the reference page. z.toJSONSchema is kept out of
// the browser bundles by importing this module from static components alone.

import * as z from 'zod/mini';

/** One rule of a field: words, and values to show as code (a pattern, the allowed values). */
export interface FieldRule {
	text: string;
	values?: string[];
}

/** One row of a field table. */
export interface FieldRow {
	name: string;
	/** `string`, `boolean`, `object`, `array of strings`, ... */
	type: string;
	required: boolean;
	rules: FieldRule[];
	/** The field's one-line description from the schema. */
	description: string;
}

interface JsonSchemaField {
	type?: string;
	description?: string;
	pattern?: string;
	format?: string;
	enum?: unknown[];
	default?: unknown;
	minLength?: number;
	maxLength?: number;
	minItems?: number;
	maxItems?: number;
	minimum?: number;
	items?: JsonSchemaField;
	'x-rules'?: string[];
}

const FORMATS: Readonly<Record<string, string>> = {
	'date-time': 'ISO 8601 date-time',
	uri: 'A URL',
	uuid: 'A GUID',
};

/**
 * Returns one row per top-level field of an object schema, in the schema's order, read from
 * `z.toJSONSchema()` as the schema is written (so a default is shown and its field is not
 * required). Rules come from the JSON Schema keywords plus the field's `x-rules`.
 *
 * @throws Error when the schema is not an object schema: a programmer error.
 */
export function listSchemaFields(schema: z.core.$ZodType): FieldRow[] {
	const json = z.toJSONSchema(schema, { io: 'input' }) as {
		properties?: Record<string, JsonSchemaField>;
		required?: string[];
	};
	if (!json.properties) {
		throw new Error('listSchemaFields needs an object schema.');
	}

	const required = new Set(json.required ?? []);
	return Object.entries(json.properties).map(([name, field]) => ({
		name,
		type: typeOf(field),
		required: required.has(name),
		rules: rulesOf(field),
		description: field.description ?? '',
	}));
}

function typeOf(field: JsonSchemaField): string {
	if (field.type === 'array') {
		const items = field.items?.type ?? 'value';
		return `array of ${items === 'object' ? 'objects' : `${items}s`}`;
	}
	return field.type ?? 'any';
}

function rulesOf(field: JsonSchemaField): FieldRule[] {
	const rules: FieldRule[] = [];
	if (field.format) {
		rules.push({ text: FORMATS[field.format] ?? field.format });
	} else if (field.pattern) {
		rules.push({ text: 'Matches', values: [field.pattern] });
	}
	if (field.maxLength !== undefined) {
		rules.push({ text: `At most ${field.maxLength.toLocaleString('en')} characters` });
	}
	if (field.minItems !== undefined || field.maxItems !== undefined) {
		const min = (field.minItems ?? 0).toLocaleString('en');
		rules.push({ text: `${min} to ${(field.maxItems ?? Infinity).toLocaleString('en')} items` });
	}
	if (field.enum) {
		rules.push({ text: 'One of', values: field.enum.map(String) });
	}
	if (field.default !== undefined) {
		rules.push({ text: 'Default', values: [JSON.stringify(field.default).replace(/^"|"$/g, '')] });
	}
	return [...rules, ...(field['x-rules'] ?? []).map((text) => ({ text }))];
}
