// Ships to the browser: the description check every request schema field carries.

import * as z from 'zod/mini';

/**
 * Returns a check that sets a field's one-line `description` and, when given, `x-rules`: the
 * rules no JSON Schema keyword expresses (a custom refinement, a cross-field rule). Both show up
 * in `z.toJSONSchema()` and so on the reference page.
 */
export function describeField(description: string, rules?: string[]) {
	return z.meta(rules ? { description, 'x-rules': rules } : { description });
}
