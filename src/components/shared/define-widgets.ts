// Ships to the browser: defines the widget elements of the page, one per task.
//
// Why one script and not one per widget: each widget's script shared half a dozen small modules
// with the others, which the build split into as many files. On HTTP/1.1 a browser opens six
// connections per host, so a step page with three widgets fetched its JavaScript in three or
// four waves. One script, cached across the step pages, is a single request; the heavy parts
// (MSW, the schema, the phone metadata) stay in lazy chunks.
//
// Why one task each: defining an element upgrades it, and a widget restores the reader's draft
// and checks it when it upgrades. Run back to back, the widgets of a step page made one task long
// enough to delay a click; with a yield between them the page stays responsive while they start.
import { SmsKeyHeaders } from '../key-headers/key-headers-element';
import { SmsPasteCheck } from '../paste-check/paste-check-element';
import { SmsRequestBuilder } from '../request-builder/request-builder-element';
import { SmsSendTest } from '../send-test/send-test-element';
import { SmsSnippets } from '../snippets/snippets-element';

// In page order on the step pages: the key first, as the request and send widgets read it.
const WIDGETS = [
	['sms-key-headers', SmsKeyHeaders],
	['sms-request-builder', SmsRequestBuilder],
	['sms-send-test', SmsSendTest],
	['sms-snippets', SmsSnippets],
	['sms-paste-check', SmsPasteCheck],
] as const;

/**
 * Defines each widget element of {@link WIDGETS} that the page holds, each in a task of its own:
 * the first one too, since this module's own evaluation is a task already.
 */
export async function defineWidgets(): Promise<void> {
	for (const [name, element] of WIDGETS) {
		if (!customElements.get(name) && document.querySelector(name)) {
			await nextTask();
			customElements.define(name, element);
			enableScriptedControls(name);
		}
	}
}

// Buttons that work only with a widget's script are disabled in the HTML, so that a click
// before the script ran is never lost without a word; defined, the widget makes them live.
function enableScriptedControls(name: string): void {
	const selector = `${name} button[data-needs-script]`;
	for (const button of document.querySelectorAll<HTMLButtonElement>(selector)) {
		button.disabled = false;
	}
}

function nextTask(): Promise<void> {
	return new Promise((resolve) => setTimeout(resolve, 0));
}
