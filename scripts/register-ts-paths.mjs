// Lets Node 24 run the project's TypeScript as is (type stripping): `~/` resolves to src/ and an
// extensionless relative import to its `.ts` file, as Vite and tsc resolve them. Load it with
// `node --import ./scripts/register-ts-paths.mjs file.ts`, or import it before any `.ts` file.
import { registerHooks } from 'node:module';

const SRC = new URL('../src/', import.meta.url);

function isPathLike(specifier) {
	return /^(\.{1,2}\/|\/|file:)/.test(specifier);
}

registerHooks({
	resolve(specifier, context, nextResolve) {
		const mapped = specifier.startsWith('~/') ? new URL(specifier.slice(2), SRC).href : specifier;
		try {
			return nextResolve(mapped, context);
		} catch (error) {
			if (error?.code !== 'ERR_MODULE_NOT_FOUND' || !isPathLike(mapped)) {
				throw error;
			}
			return nextResolve(`${mapped}.ts`, context);
		}
	},
});
