// Ships to the browser: keep it free of secrets and heavy imports.

/**
 * One value to enter in an automation tool's form (Zapier, Make, n8n), labelled as the tool
 * labels the field.
 */
export interface ToolField {
	/** The form the field is on, e.g. `HTTP Request node` or `Header Auth credential`. */
	step: string;
	/** The field's label in the tool. */
	field: string;
	/** In a name-and-value list such as Headers: the name that goes beside `value`. */
	name?: string;
	value: string;
	/** Why the value is what it is, or what to watch for; shown under the value. */
	note?: string;
}
