// Ships to the browser: stands in for `tough-cookie` inside MSW's browser build, through the
// `vite.resolve.alias` entry in astro.config.mjs; Vitest and msw/node keep the real package.
//
// MSW 2.15.0 imports tough-cookie in one place, `lib/core/utils/cookieStore.mjs`, to remember
// the cookies that mocked responses set. The real package brings tldts and the public-suffix
// list: about 125 KB of the 165-176 KB gzip that the MSW chunk weighed. The 8x8 API
// authenticates with a Bearer header and sets no cookies, and our handlers set none, so this jar
// never needs one. Handlers still see the request's own Cookie header and, for same-origin
// requests, `document.cookie`: MSW reads those without the jar.
// TODO: cookies set by a mocked response are dropped — remove this shim and its alias once a
// handler sets cookies, or once MSW's browser build no longer bundles tough-cookie.

/** The few members of a stored cookie that MSW reads. */
export class Cookie {
	key = '';
	value = '';
	domain: string | null = null;
	path: string | null = null;

	/** Returns null: no cookie is ever stored, so nothing saved earlier is read back either. */
	static fromJSON(): Cookie | null {
		return null;
	}

	toJSON(): Record<string, string | null> {
		return { key: this.key, value: this.value, domain: this.domain, path: this.path };
	}

	toString(): string {
		return `${this.key}=${this.value}`;
	}
}

/** MSW reads and writes `idx` (domain, then path, then name) to save the jar in localStorage. */
export class MemoryCookieStore {
	idx: Record<string, Record<string, Record<string, Cookie>>> = {};
}

/** A jar that keeps no cookies: every look-up is empty and every `Set-Cookie` is dropped. */
export class CookieJar {
	getCookiesSync(): Cookie[] {
		return [];
	}

	setCookie(): Promise<undefined> {
		return Promise.resolve(undefined);
	}
}
