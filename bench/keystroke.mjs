// The cost of one keystroke in the guide's widgets, without the DOM: the work the page does on
// each input event (clean the key, check the whole draft with the phone library, build every
// snippet), timed on realistic drafts up to a 10,000-character message.
//
// Run with the project's Node 24 (`npx node bench/keystroke.mjs`, add --json for machines):
// it runs src/lib's TypeScript as is, with Node's type stripping and the resolve hook below.
import { registerHooks } from 'node:module';
import { performance } from 'node:perf_hooks';

const SRC = new URL('../src/', import.meta.url);

// The site's `~/` alias, and TypeScript's extension-less relative imports.
registerHooks({
	resolve(specifier, context, nextResolve) {
		const aliased = specifier.startsWith('~/') ? new URL(specifier.slice(2), SRC).href : specifier;
		const inSource = aliased.startsWith(SRC.href) || context.parentURL?.startsWith(SRC.href);
		const isPath = aliased.startsWith('.') || aliased.startsWith('file:');
		if (inSource && isPath && !/\.[cm]?[jt]s$/.test(aliased)) {
			return nextResolve(`${aliased}.ts`, context);
		}
		return nextResolve(aliased, context);
	},
});

const { cleanApiKey } = await import('~/lib/auth/clean-api-key');
const { maskApiKey } = await import('~/lib/auth/mask-api-key');
const { checkSmsDraft } = await import('~/lib/sms/check-sms-draft');
const { normalizeDestination } = await import('~/lib/sms/normalize-destination');
const { buildCurl } = await import('~/lib/snippets/build-curl');
const { buildJsonSnippet } = await import('~/lib/snippets/build-json-snippet');
const { buildWorkatoFields } = await import('~/lib/snippets/build-workato-fields');

const SMS = 'New mail from ana@example.com: Order "ABC-123" shipped, tracking 1Z999AA10123456784. ';
const CASES = [
	{ name: 'short message', text: 'New mail: Order "ABC-123" shipped', iterations: 5000 },
	{
		name: 'one full SMS (160 GSM-7 characters)',
		text: SMS.repeat(2).slice(0, 160),
		iterations: 5000,
	},
	{
		name: '10,000-character message (GSM-7)',
		text: SMS.repeat(120).slice(0, 10_000),
		iterations: 500,
	},
	{
		name: '10,000-character message with an emoji (UCS-2)',
		text: `${SMS.repeat(120).slice(0, 9_998)}🚚`,
		iterations: 500,
	},
];
const WARM_UP = 200;

/** Runs the work of one keystroke: what the key, request and snippets widgets compute. */
export function runKeystroke(text) {
	const key = cleanApiKey('  Bearer AbCdEf123GhIjKl456MnOpQr789\n');
	const draft = { ...DRAFT, text };
	const check = checkSmsDraft(draft, normalizeDestination);
	const request = {
		method: 'POST',
		url: check.url,
		apiKey: key.ok ? key.value.key : '',
		body: check.body,
	};
	const options = { revealKey: false, maskKey: maskApiKey };
	return [
		buildJsonSnippet(request),
		buildCurl(request, options),
		buildWorkatoFields(request, options),
	];
}

const DRAFT = {
	regionId: 'ap',
	subAccountId: 'acme_hq',
	destination: '+65 9123 4567',
	defaultCountry: '',
	senderId: 'AcmeShop',
	text: '',
};

/** Returns `{ name, characters, iterations, medianUs, p95Us }` for each case. */
export function measureKeystrokes() {
	return CASES.map(({ name, text, iterations }) => {
		// Each keystroke changes the last character, as typing does.
		const variants = ['a', 'b', 'c', 'd'].map((last) => text.slice(0, -1) + last);
		const times = [];
		for (let index = 0; index < WARM_UP + iterations; index += 1) {
			const started = performance.now();
			runKeystroke(variants[index % variants.length]);
			const took = performance.now() - started;
			if (index >= WARM_UP) {
				times.push(took * 1000);
			}
		}
		times.sort((a, b) => a - b);
		return {
			name,
			characters: text.length,
			iterations,
			medianUs: times[Math.floor(times.length / 2)],
			p95Us: times[Math.floor(times.length * 0.95)],
		};
	});
}

if (import.meta.url === `file://${process.argv[1]}`) {
	const results = measureKeystrokes();
	if (process.argv.includes('--json')) {
		console.log(JSON.stringify(results));
	} else {
		for (const { name, characters, iterations, medianUs, p95Us } of results) {
			const times = `median ${medianUs.toFixed(1)} µs, p95 ${p95Us.toFixed(1)} µs`;
			console.log(`${name} (${characters} chars, ${iterations} runs): ${times}`);
		}
	}
}
