// Node only: sends each request of the site server to the relay or to the static files.

import type { IncomingMessage, ServerResponse } from 'node:http';

import { checkRequestHost } from '~/lib/relay/check-request-host';

import { headerValues } from './header-values';
import type { Relay } from './relay/create-relay';
import { sendRefusal } from './relay/send-refusal';
import { serveStatic, type StaticSite } from './static/serve-static';

/** What the router needs: the site, the relay and the `Host` values it may answer. */
export interface SiteRoutes extends StaticSite {
	relay: Relay;
	/** Filled in once the server listens and its port is known. */
	allowedHosts: readonly string[];
}

/**
 * Answers one request of the site server. Every request must carry one `Host` naming this server
 * (421 otherwise, against DNS rebinding) and an origin-form target under the base path. Targets
 * under `{base}relay/` go to the relay; all others are static files. An unexpected failure
 * answers 500 without details. Never rejects.
 */
export async function routeSiteRequest(
	request: IncomingMessage,
	response: ServerResponse,
	routes: SiteRoutes,
): Promise<void> {
	try {
		const host = checkRequestHost(headerValues(request, 'host'), routes.allowedHosts);
		if (!host.ok) {
			sendRefusal(response, 'HOST_NOT_ALLOWED');
			return;
		}
		const raw = request.url ?? '';
		const target = stripBase(raw, routes.base);
		if (target === undefined) {
			notUnderBase(response, raw, routes.base);
			return;
		}

		if (target === '/relay' || target.startsWith('/relay/')) {
			await routes.relay.handle(request, response, target, host.value);
		} else {
			await serveStatic(request, response, routes, target);
		}
	} catch {
		if (!response.headersSent) {
			response.writeHead(500, { 'content-type': 'text/plain; charset=utf-8', connection: 'close' });
		}
		response.end();
	}
}

// Returns the target with the base path's leading part removed (so it starts with `/`), or
// undefined when it is not under the base path at all.
function stripBase(target: string, base: string): string | undefined {
	if (base === '/') {
		return target.startsWith('/') ? target : undefined;
	}
	const prefix = base.slice(0, -1);
	return target.startsWith(`${prefix}/`) ? target.slice(prefix.length) : undefined;
}

function notUnderBase(response: ServerResponse, target: string, base: string): void {
	if (!target.startsWith('/')) {
		sendRefusal(response, 'MALFORMED_REQUEST');
		return;
	}
	const text = `This site lives under ${base}\n`;
	response.writeHead(target === '/' ? 302 : 404, {
		'content-type': 'text/plain; charset=utf-8',
		'content-length': String(Buffer.byteLength(text)),
		...(target === '/' ? { location: base } : {}),
	});
	response.end(text);
}
