// Node only: the site server's settings from environment variables, checked at start-up.

import type { CheckResult, Issue } from '~/lib/issue';
import { checkUpstreamBase } from '~/lib/relay/check-upstream-base';

/** What `npm start` runs with. */
export interface ServerSettings {
	host: string;
	port: number;
	/** The site's base path, starting and ending with `/`. */
	base: string;
	/** A loopback test server standing in for 8x8, if any. */
	upstreamBase?: string;
}

/**
 * Returns the settings in `env`: `HOST` (default 127.0.0.1), `PORT` (default 4321),
 * `SITE_BASE` (default `/`, as `astro.config.mjs` reads it) and `SMS_API_BASE_URL` (see
 * `checkUpstreamBase`). Fails with one issue per bad value, so the server never starts half
 * configured. Never throws.
 */
export function readServerSettings(env: NodeJS.ProcessEnv): CheckResult<ServerSettings> {
	const issues: Issue[] = [];
	const host = env['HOST']?.trim() || '127.0.0.1';
	const port = Number(env['PORT']?.trim() || '4321');
	if (!Number.isInteger(port) || port < 0 || port > 65_535) {
		issues.push(portIssue(env['PORT'] ?? ''));
	}
	const base = normalizeBase(env['SITE_BASE'] ?? '/');
	const upstream = env['SMS_API_BASE_URL'];
	const checked =
		upstream === undefined || upstream === '' ? undefined : checkUpstreamBase(upstream);
	if (checked && !checked.ok) {
		issues.push(...checked.issues);
	}

	if (issues.length > 0) {
		return { ok: false, issues };
	}
	const settings: ServerSettings = { host, port, base };
	if (checked?.ok) {
		settings.upstreamBase = checked.value;
	}
	return { ok: true, value: settings, issues: [] };
}

// Matches Astro's handling: `docs`, `/docs` and `/docs/` all mean `/docs/`.
function normalizeBase(base: string): string {
	const trimmed = base.trim().replace(/^\/+|\/+$/g, '');
	return trimmed === '' ? '/' : `/${trimmed}/`;
}

function portIssue(value: string): Issue {
	return {
		code: 'PORT_INVALID',
		severity: 'error',
		path: 'PORT',
		title: `PORT "${value}" is not a TCP port.`,
		detail: 'A port is a whole number from 0 to 65535; 0 lets the system pick a free one.',
		fix: 'Set PORT to a number such as 4321, or unset it.',
	};
}
