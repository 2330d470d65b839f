// Ships to the browser: the words for an accepted send, kept apart from the other explanations
// so that a send that works loads none of the error catalogue behind them.

import type { Explanation, OutcomeFacts } from './send-outcome';

/** Returns the title, detail and fix for an answer 8x8 accepted (status QUEUED). */
export function explainAccepted(facts: Extract<OutcomeFacts, { kind: 'accepted' }>): Explanation {
	return {
		title: 'Accepted for delivery',
		detail:
			`8x8 queued the message to ${facts.destination} as ${facts.encoding}, with message ` +
			`ID (umid) ${facts.umid}. Whether it reaches the phone is reported later.`,
		fix: "Nothing to fix. Keep the umid to find this message in 8x8 Connect's logs.",
	};
}
