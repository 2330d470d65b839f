// `npm run serve` refuses a bad configuration before it listens, with a message that says why.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

function runServe(env: Record<string, string>): Promise<{ code: number | null; stderr: string }> {
	return new Promise((resolve) => {
		const child = spawn(
			process.execPath,
			['--import', './scripts/register-ts-paths.mjs', 'src/server/serve.ts'],
			{
				cwd: ROOT,
				env: { ...process.env, PORT: '0', ...env },
				stdio: ['ignore', 'ignore', 'pipe'],
			},
		);
		let stderr = '';
		child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
		// A server that started anyway would never exit by itself.
		const guard = setTimeout(() => child.kill(), 10_000);
		child.on('exit', (code) => {
			clearTimeout(guard);
			resolve({ code, stderr });
		});
	});
}

describe('serve start-up', () => {
	it('refuses an SMS_API_BASE_URL that is not a loopback test server', async () => {
		const result = await runServe({ SMS_API_BASE_URL: 'https://evil.example' });

		expect(result.code).toBe(1);
		expect(result.stderr).toMatchInlineSnapshot(`
			"SMS_API_BASE_URL "https://evil.example" is not a loopback test server.
			  It may only point the relay at a fake 8x8 on this machine: http, the IP address 127.0.0.1 or [::1], a port, and no path. Without it, the relay only reaches 8x8.
			  Use the address \`npm run fake-8x8\` prints, such as http://127.0.0.1:4400, or unset it.
			"
		`);
	});

	it('refuses a PORT that is not a TCP port', async () => {
		const result = await runServe({ PORT: '99999' });

		expect(result.code).toBe(1);
		expect(result.stderr).toContain('PORT "99999" is not a TCP port.');
	});
});
