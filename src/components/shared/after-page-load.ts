// Ships to the browser: defers work that a restored draft needs but the first paint does not.

/**
 * Runs `task` once the page has finished loading and the browser is idle (or after 500 ms at
 * the latest), so libraries fetched for a restored draft never delay the page's load event.
 */
export function afterPageLoad(task: () => void): void {
	const whenIdle = () => {
		if ('requestIdleCallback' in window) {
			window.requestIdleCallback(task, { timeout: 500 });
		} else {
			setTimeout(task, 0);
		}
	};
	if (document.readyState === 'complete') {
		whenIdle();
	} else {
		window.addEventListener('load', whenIdle, { once: true });
	}
}
