// Node only: the `Host` values this server answers to.

import { networkInterfaces, type NetworkInterfaceInfo } from 'node:os';

const ANY = new Set(['0.0.0.0', '::', '']);
const LOOPBACK = new Set(['127.0.0.1', '::1', 'localhost']);

/**
 * Returns the `host:port` authorities a browser may send in `Host` when it reaches a server
 * listening on `host` and `port`: the host itself (IPv6 in brackets), plus `localhost`,
 * `127.0.0.1` and `[::1]` on loopback. A wildcard host (0.0.0.0 or ::) adds the address of every
 * network interface. Only IP literals and `localhost` come out (and `host` itself if it is a
 * name), never names that DNS could point elsewhere. Port 80 also allows a bare host.
 */
export function listAllowedHosts(
	host: string,
	port: number,
	interfaces: NodeJS.Dict<NetworkInterfaceInfo[]> = networkInterfaces(),
): string[] {
	const names = new Set<string>();
	if (ANY.has(host) || LOOPBACK.has(host)) {
		LOOPBACK.forEach((name) => names.add(name));
	}
	if (ANY.has(host)) {
		Object.values(interfaces)
			.flat()
			.forEach((info) => info && names.add(info.address));
	} else {
		names.add(host);
	}

	const hosts = [...names].map((name) => (name.includes(':') ? `[${name}]` : name));
	return port === 80
		? hosts.flatMap((name) => [`${name}:80`, name])
		: hosts.map((name) => `${name}:${port}`);
}
