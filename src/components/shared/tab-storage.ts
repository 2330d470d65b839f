// Ships to the browser: the tab's session storage, or nothing where the browser refuses it.
import type { StorageLike } from '~/lib/state/safe-storage';

/**
 * Returns this tab's session storage, or undefined when it cannot be used (privacy modes and
 * sandboxed frames throw on access). Session storage ends with the tab, never reaches a server.
 */
export function getTabStorage(): StorageLike | undefined {
	try {
		return window.sessionStorage;
	} catch {
		return undefined;
	}
}
