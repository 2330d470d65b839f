// Functions that run inside the measured page. Each is sent as source text, so each must be
// self-contained: no closures over this module.

/**
 * Installed before the page's own scripts: records `window.__benchReadyAt` (ms since
 * navigation start) the first time `isReady(arg)` holds. Checks once per frame and every
 * 16 ms, never on each DOM change, so the probe itself costs the page little.
 */
export function watchReady(isReady, arg) {
	const check = () => {
		if (window.__benchReadyAt !== undefined) {
			return true;
		}
		let ready = false;
		try {
			ready = isReady(arg);
		} catch {
			ready = false;
		}
		if (ready) {
			window.__benchReadyAt = performance.now();
		}
		return ready;
	};
	const frame = () => {
		if (!check()) {
			requestAnimationFrame(frame);
		}
	};
	requestAnimationFrame(frame);
	const timer = setInterval(() => check() && clearInterval(timer), 16);
}

/**
 * Records `window.__benchClickAt` at the first click anywhere (clicks in shadow roots too)
 * and `window.__benchAnswerAt` once `isAnswered(arg)` holds, checked once per frame.
 */
export function watchAnswer(isAnswered, arg) {
	addEventListener('click', () => (window.__benchClickAt ??= performance.now()), {
		capture: true,
	});
	const frame = () => {
		if (window.__benchClickAt !== undefined && isAnswered(arg)) {
			window.__benchAnswerAt = performance.now();
			return;
		}
		requestAnimationFrame(frame);
	};
	requestAnimationFrame(frame);
}

/** Our pages: every `sms-*` widget is defined and the page's main control can be used. */
export function isOurControlReady(selector) {
	const control = document.querySelector(selector);
	if (!control || control.disabled || !control.checkVisibility()) {
		return false;
	}
	const pending = document.querySelectorAll(':not(:defined)');
	return [...pending].every((element) => !element.localName.startsWith('sms-'));
}

/** Peer pages: a button whose text starts with `text` is shown and enabled (shadow roots too). */
export function isPeerButtonReady(text) {
	const find = (root) => {
		for (const element of root.querySelectorAll('*')) {
			if (element.localName === 'button' && element.textContent.trim().startsWith(text)) {
				return element;
			}
			const inner = element.shadowRoot && find(element.shadowRoot);
			if (inner) {
				return inner;
			}
		}
		return undefined;
	};
	const button = find(document);
	return Boolean(button && !button.disabled && button.checkVisibility());
}

/** True once the page shows `text` anywhere, shadow roots included. */
export function isTextShown(text) {
	const search = (root) => {
		if (root.textContent.includes(text)) {
			return true;
		}
		return [...root.querySelectorAll('*')].some((el) => el.shadowRoot && search(el.shadowRoot));
	};
	return search(document.body);
}

/** Our send widget: its result panel shows `text`. */
export function isOurResultShown(text) {
	return document.querySelector('[data-result]')?.textContent.includes(text) ?? false;
}
