// Ships to the browser: checks a parsed body against 8x8's `SmsRequest` schema.

import * as z from 'zod/mini';

import type { CheckResult } from '~/lib/issue';

import { findUnknownFields } from './find-unknown-fields';
import { smsRequestSchema, type SmsRequest } from './sms-request-schema';
import { toSchemaIssues } from './to-schema-issues';

const KNOWN_FIELDS = Object.keys(smsRequestSchema.shape);

/**
 * Checks a parsed JSON value as the body of 8x8's send-one-SMS request. Returns the parsed
 * request (unknown fields dropped, `encoding` defaulted to `AUTO`) with `SCHEMA_UNKNOWN_FIELD`
 * warnings, or every rule it breaks as `SCHEMA_<FIELD>_<KIND>` errors, one per field; see
 * {@link toSchemaIssues}. Never throws: any value, including `undefined`, gets an answer.
 *
 * @example
 * checkSmsRequest({ destination: 6591234567, text: 'Hi' }).issues[0]?.code
 * // 'SCHEMA_DESTINATION_TYPE': "The destination must be a string, not a number."
 */
export function checkSmsRequest(value: unknown): CheckResult<SmsRequest> {
	const parsed = z.safeParse(smsRequestSchema, value);
	const warnings = findUnknownFields(value, KNOWN_FIELDS);
	if (!parsed.success) {
		return { ok: false, issues: [...toSchemaIssues(parsed.error.issues, value), ...warnings] };
	}
	return { ok: true, value: parsed.data, issues: warnings };
}
