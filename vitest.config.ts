import { fileURLToPath } from 'node:url';

import { defineConfig } from 'vitest/config';

export default defineConfig({
	resolve: { alias: { '~': fileURLToPath(new URL('./src', import.meta.url)) } },
	test: {
		// Property tests generate tens of thousands of inputs; a busy machine must not fail them.
		testTimeout: 60_000,
		include: [
			'tests/properties/**/*.test.ts',
			'tests/unit/**/*.test.ts',
			'tests/snippets/**/*.test.ts',
			'tests/relay/**/*.test.ts',
		],
		environment: 'node',
	},
});
