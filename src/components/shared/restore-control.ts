// Ships to the browser: fills form controls from saved state without losing early typing.

type Control = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

/**
 * Sets `control` to `saved` and returns true, unless the reader changed it before the widget's
 * script ran: the controls are in the page's HTML and can be typed in while the script still
 * loads, and that typing wins (false). The caller then saves the control's value.
 */
export function restoreControl(control: Control, saved: string): boolean {
	if (isChangedByReader(control)) {
		return false;
	}
	// Writing a password field, even with the value it already has, took Chromium 4-29 ms here.
	if (control.value !== saved) {
		control.value = saved;
	}
	return true;
}

/** Sets a checkbox to `saved`, unless the reader already ticked or unticked it. */
export function restoreCheckbox(box: HTMLInputElement, saved: boolean): void {
	if (box.checked === box.defaultChecked) {
		box.checked = saved;
	}
}

function isChangedByReader(control: Control): boolean {
	if (control instanceof HTMLSelectElement) {
		const defaultIndex = [...control.options].findIndex((option) => option.defaultSelected);
		return control.selectedIndex !== Math.max(defaultIndex, 0);
	}
	return control.value !== control.defaultValue;
}
