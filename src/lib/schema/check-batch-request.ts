// Ships to the browser: checks a parsed body against 8x8's `BatchSmsRequest` schema.

import * as z from 'zod/mini';

import type { CheckResult, Issue } from '~/lib/issue';

import {
	batchMessageSchema,
	batchRequestSchema,
	smsTemplateSchema,
	type BatchSmsRequest,
} from './batch-request-schema';
import { findUnknownFields } from './find-unknown-fields';
import { toSchemaIssues } from './to-schema-issues';

const KNOWN = {
	batch: Object.keys(batchRequestSchema.shape),
	template: Object.keys(smsTemplateSchema.shape),
	message: Object.keys(batchMessageSchema.shape),
};

/**
 * Checks a parsed JSON value as the body of 8x8's batch request. Returns the parsed batch with
 * warnings, or its `SCHEMA_<FIELD>_<KIND>` errors with paths such as `messages[2].text`. The
 * warnings are `SCHEMA_UNKNOWN_FIELD` (each unknown key of the messages is reported once, at
 * the first message that has it) and `SCHEMA_DESTINATIONS_IGNORED` when both `messages` and
 * `destinations` are sent. Never throws.
 */
export function checkBatchRequest(value: unknown): CheckResult<BatchSmsRequest> {
	const parsed = z.safeParse(batchRequestSchema, value);
	const warnings = findBatchWarnings(value);
	if (!parsed.success) {
		return { ok: false, issues: [...toSchemaIssues(parsed.error.issues, value), ...warnings] };
	}
	return { ok: true, value: parsed.data, issues: warnings };
}

function findBatchWarnings(value: unknown): Issue[] {
	const { messages, destinations, template } = asRecord(value);
	const warnings = [
		...findUnknownFields(value, KNOWN.batch),
		...findUnknownFields(template, KNOWN.template, 'template'),
		...findMessageWarnings(messages),
	];
	if (messages !== undefined && destinations !== undefined) {
		warnings.push(destinationsIgnored());
	}
	return warnings;
}

// Each unknown key is reported once, at the first message that has it: a batch of 10,000
// messages with the same misspelt field gets one warning, worded once.
function findMessageWarnings(messages: unknown): Issue[] {
	if (!Array.isArray(messages)) {
		return [];
	}

	const firstIndex = new Map<string, number>();
	messages.forEach((message: unknown, index) => {
		if (typeof message !== 'object' || message === null) {
			return;
		}
		for (const key of Object.keys(message)) {
			if (!firstIndex.has(key) && !KNOWN.message.includes(key)) {
				firstIndex.set(key, index);
			}
		}
	});
	return [...firstIndex].flatMap(([key, index]) =>
		findUnknownFields({ [key]: true }, KNOWN.message, `messages[${index}]`),
	);
}

function destinationsIgnored(): Issue {
	return {
		code: 'SCHEMA_DESTINATIONS_IGNORED',
		severity: 'warning',
		path: 'destinations',
		title: 'The batch has both messages and destinations.',
		detail: '8x8 sends the messages and ignores destinations when a body has both.',
		fix: 'Remove destinations, or move its numbers into messages.',
	};
}

function asRecord(value: unknown): Partial<Record<string, unknown>> {
	return typeof value === 'object' && value !== null ? value : {};
}
