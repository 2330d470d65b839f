import { describe, expect, it } from 'vitest';

import { buildPythonRequests } from '~/lib/snippets/build-python-requests';

import { KEY, URL, request } from './support/example-request';

describe('buildPythonRequests', () => {
	it('prints the case 18 script with the key revealed', () => {
		expect(buildPythonRequests(request(`Don't reply! Order "A&B"`), { revealKey: true })).toBe(
			[
				'import requests',
				'',
				'response = requests.post(',
				`    "${URL}",`,
				'    headers={',
				`        "Authorization": "Bearer ${KEY}",`,
				'        "Content-Type": "application/json",',
				'    },',
				'    json={',
				'        "destination": "+6591234567",',
				`        "text": "Don't reply! Order \\"A&B\\"",`,
				'    },',
				'    timeout=30,',
				')',
				'print(response.status_code, response.text)',
			].join('\n'),
		);
	});

	it('masks the key unless revealKey is true', () => {
		const script = buildPythonRequests(request('Hi'));

		expect(script).toContain('"Authorization": "Bearer AbCd…r789",');
		expect(script).not.toContain(KEY);
	});

	it('shows the placeholder when no key is entered', () => {
		expect(buildPythonRequests(request('Hi', ''))).toContain('"Bearer <YOUR_API_KEY>"');
	});

	it('leaves JSON words inside the text alone', () => {
		const script = buildPythonRequests(request('Backup ok: false, retry: null, done: true'));

		expect(script).toContain('"text": "Backup ok: false, retry: null, done: true",');
	});

	it('writes JSON literals as Python ones in nested values and drops undefined members', () => {
		const body = { ok: true, extra: { n: 1.5, list: [false, null, 'x'] }, gone: undefined };

		expect(buildPythonRequests({ ...request('Hi'), body })).toContain(
			[
				'    json={',
				'        "ok": True,',
				'        "extra": {"n": 1.5, "list": [False, None, "x"]},',
				'    },',
			].join('\n'),
		);
	});
});
