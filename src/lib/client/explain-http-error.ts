// Ships to the browser: plain-words explanations for 8x8's error codes and statuses.

import { findApiCode, findHttpStatus } from '~/lib/errors/error-catalogue';

import type { Explanation, OutcomeFacts } from './send-outcome';

type HttpErrorFacts = Extract<OutcomeFacts, { kind: 'http-error' }>;

const UNEXPECTED: Explanation = {
	title: 'Request not accepted',
	detail: '8x8 answered with an error this guide does not know.',
	fix: "Check the request against the guide's example, then send again.",
};

/**
 * Returns the explanation for an error answer, worded from the error catalogue: by 8x8's `code`
 * when the catalogue has it, else by HTTP status (any 5xx as a fault on 8x8's side), else a
 * general one. The title ends with the status; the detail ends with 8x8's own message when there
 * is one. For a 5xx it carries the error ID and warns that 8x8 may have taken the message, so a
 * retry may send it twice. After a 429 with a `Retry-After` in seconds, the fix names the wait.
 */
export function explainHttpError(facts: HttpErrorFacts): Explanation {
	const entry =
		(facts.code === null ? undefined : findApiCode(facts.code)) ??
		findHttpStatus(facts.status) ??
		(facts.status >= 500 ? findHttpStatus(500) : undefined);
	const base = entry ? { title: entry.name, detail: entry.meaning, fix: entry.fix } : UNEXPECTED;

	const errorId = facts.status >= 500 && facts.errorId ? ` Error ID: ${facts.errorId}.` : '';
	const twice = facts.status >= 500 ? ` ${MAY_SEND_TWICE}` : '';
	const said = facts.message ? ` 8x8 said: "${facts.message}"` : '';
	const code = facts.code === null ? '' : ` (code ${facts.code})`;
	return {
		title: `${base.title} (${facts.status})`,
		detail: `${base.detail}${errorId}${said ? `${said}${code}.` : ''}${twice}`,
		fix: describeWait(facts) ?? base.fix,
	};
}

const MAY_SEND_TWICE =
	"8x8 may still have taken the message, so sending again may send it twice: check 8x8 Connect's " +
	'logs first.';

function describeWait({ status, code, retryAfterSeconds }: HttpErrorFacts): string | undefined {
	return (status === 429 || code === 429) && retryAfterSeconds !== null
		? `Wait ${retryAfterSeconds} seconds, then send again.`
		: undefined;
}
