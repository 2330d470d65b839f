// Ships to the browser: 8x8's `BatchSmsRequest` and `SmsTemplateFull` bodies as schemas.

import * as z from 'zod/mini';

import { describeField } from './describe-field';
import { smsFieldLimits } from './sms-field-rules';
import { smsEncodingSchema, smsFields } from './sms-request-schema';

const { batchMaxItems } = smsFieldLimits;
const itemCount = [z.minLength(1), z.maxLength(batchMaxItems)] as const;

/**
 * 8x8's `SmsTemplateFull`: defaults for every message of a batch. The OpenAPI schema lists no
 * required field, while the endpoint's description calls `text` required; the batch schema
 * requires it only where a message would otherwise have no text.
 */
export const smsTemplateSchema = z
	.object({
		/** Text of every message that has none of its own. */
		text: z.optional(smsFields.text),
		/** Sender ID of every message that has none of its own. */
		source: smsFields.source,
		/** @default 'AUTO' */
		encoding: z._default(smsEncodingSchema, 'AUTO'),
		/** When to send the batch. */
		scheduled: smsFields.scheduled,
		/** After this time 8x8 drops messages not yet sent. */
		expiry: smsFields.expiry,
		/** Webhook for delivery receipts of the whole batch. */
		dlrCallbackUrl: smsFields.dlrCallbackUrl,
	})
	.check(describeField('Defaults for every message: each message may override them.'));

/** One item of `messages`: an `SmsRequest` whose `text` may come from `template.text`. */
export const batchMessageSchema = z
	.object({ ...smsFields, text: z.optional(smsFields.text) })
	.check(describeField('One SMS; it needs only the fields that differ from the template.'));

/**
 * 8x8's `BatchSmsRequest`: the body of `POST /api/v1/subaccounts/{subAccountId}/messages/batch`.
 *
 * The OpenAPI file marks `messages` required, yet its description accepts `destinations` alone
 * (same template text to many numbers), so the schema asks for one of the two. When both are
 * present 8x8 uses `messages` and ignores `destinations`. Every message needs text, its own or
 * the template's. The items of `destinations` must match the same pattern as `destination`: the
 * OpenAPI file types them only as strings, but 8x8 rejects each message whose number fails it.
 */
export const batchRequestSchema = z
	.object({
		/** Messages with their own content, 1 to 10,000. */
		messages: z.optional(
			z
				.array(batchMessageSchema)
				.check(
					...itemCount,
					describeField('Messages with personal content; each overrides the template.', [
						'Takes precedence over destinations.',
					]),
				),
		),
		/** Phone numbers that all get the template, 1 to 10,000. */
		destinations: z.optional(
			z
				.array(smsFields.destination)
				.check(
					...itemCount,
					describeField('Phone numbers that all get the same template text.', [
						'Each item follows the destination pattern.',
						'Ignored when messages is present.',
					]),
				),
		),
		/** Defaults shared by all messages. */
		template: z.optional(smsTemplateSchema),
		/** Your own reference for the batch, at most 20 characters. */
		clientBatchId: z.optional(
			z
				.string()
				.check(
					z.maxLength(smsFieldLimits.clientBatchIdMaxLength),
					describeField('Your own reference for the batch, echoed back by 8x8.'),
				),
		),
		/** `true` to get one result per message in the response. */
		includeMessagesInResponse: z.optional(
			z.boolean().check(describeField('Set true to get one result per message back.')),
		),
		/** End user's IP address, for 8x8's optional per-IP rate limit. */
		clientIp: smsFields.clientIp,
	})
	.check(z.superRefine(checkRecipientsAndText, { when: isObjectPayload }));

/** A batch body after parsing: the template's `encoding` is set when there is a template. */
export type BatchSmsRequest = z.output<typeof batchRequestSchema>;

/** A batch body as written. */
export type BatchSmsRequestInput = z.input<typeof batchRequestSchema>;

type Fields = Partial<Record<'messages' | 'destinations' | 'template', unknown>>;

// Runs even when a field failed, so a missing text is reported together with other problems;
// the value is therefore only known to be an object.
function checkRecipientsAndText(body: object, context: z.core.$RefinementCtx<object>): void {
	const { messages, destinations, template } = body as Fields;
	const addMissing = (path: PropertyKey[]) => {
		context.addIssue({ code: 'custom', path, input: undefined, params: { rule: 'MISSING' } });
	};

	if (messages === undefined && destinations === undefined) {
		addMissing(['messages']);
		return;
	}
	if (hasField(template, 'text')) {
		return;
	}
	if (messages === undefined) {
		addMissing(['template', 'text']);
		return;
	}
	if (Array.isArray(messages)) {
		messages.forEach((message, index) => {
			if (isObject(message) && !hasField(message, 'text')) {
				addMissing(['messages', index, 'text']);
			}
		});
	}
}

function isObjectPayload(payload: { value: unknown }): boolean {
	return isObject(payload.value);
}

function isObject(value: unknown): value is object {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function hasField(value: unknown, key: string): boolean {
	return isObject(value) && (value as Record<string, unknown>)[key] !== undefined;
}
