// Ships to the browser: fetches the widget elements once the page's HTML is parsed.
//
// Why not with the HTML: the widgets' code is about 26 KB gzip, as much as the page itself. Fetched
// alongside the HTML it shares a slow connection with the text and styles and delays the first
// paint (Lighthouse's mobile run put the step pages' LCP 0.4 s behind the others). This script
// runs after parsing, as any module script does, and only then asks for the widgets.

/** Loads and defines every widget element; if that fails, says so in each widget on the page. */
export function loadWidgets(): void {
	import('./define-widgets')
		.then(({ defineWidgets }) => defineWidgets())
		.catch(() => {
			for (const widget of document.querySelectorAll('.sms-widget')) {
				const note = document.createElement('p');
				note.setAttribute('role', 'alert');
				note.className = 'sms-load-failed';
				note.textContent =
					'This tool could not load, so it does not react to typing. Check your connection, ' +
					'then reload the page.';
				widget.prepend(note);
			}
		});
}
