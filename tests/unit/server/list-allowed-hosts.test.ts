import type { NetworkInterfaceInfo } from 'node:os';
import { describe, expect, it } from 'vitest';

import { listAllowedHosts } from '~/server/list-allowed-hosts';

const INTERFACES = {
	lo: [{ address: '127.0.0.1' }, { address: '::1' }],
	eth0: [{ address: '192.168.1.20' }, { address: 'fe80::1' }],
} as unknown as NodeJS.Dict<NetworkInterfaceInfo[]>;

describe('listAllowedHosts', () => {
	it('allows the loopback names on a loopback host', () => {
		expect(listAllowedHosts('127.0.0.1', 4321, INTERFACES)).toEqual([
			'127.0.0.1:4321',
			'[::1]:4321',
			'localhost:4321',
		]);
	});

	it('adds every interface address on a wildcard host', () => {
		expect(listAllowedHosts('0.0.0.0', 4321, INTERFACES)).toEqual([
			'127.0.0.1:4321',
			'[::1]:4321',
			'localhost:4321',
			'192.168.1.20:4321',
			'[fe80::1]:4321',
		]);
	});

	it('allows only the given address on a LAN host', () => {
		expect(listAllowedHosts('192.168.1.20', 8080, INTERFACES)).toEqual(['192.168.1.20:8080']);
	});

	it('also allows a bare host on port 80', () => {
		expect(listAllowedHosts('192.168.1.20', 80, INTERFACES)).toEqual([
			'192.168.1.20:80',
			'192.168.1.20',
		]);
	});
});
