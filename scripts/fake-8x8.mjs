// Starts the fake 8x8 SMS API on 127.0.0.1 for practice: `npm run fake-8x8 -- --port 4400`.
// Then run the site against it with `SMS_API_BASE_URL=<printed address> npm start`.
import { parseArgs } from 'node:util';

import './register-ts-paths.mjs';

const { values } = parseArgs({ options: { port: { type: 'string', default: '4400' } } });
const port = Number(values.port);
if (!Number.isInteger(port) || port < 0 || port > 65_535) {
	console.error(`The port "${values.port}" is not a TCP port. Use a whole number up to 65535.`);
	process.exit(2);
}

const { startFakeSmsServer } = await import('../src/server/fake-sms-server.ts');
const { FAKE_FAULTS } = await import('../src/server/fake/fake-faults.ts');
const fake = await startFakeSmsServer({ port });

console.log(`Fake 8x8 SMS API at ${fake.url} (loopback only; any Bearer key is accepted)`);
console.log(`Send the guide's live requests to it: SMS_API_BASE_URL=${fake.url} npm start`);
console.log('Subaccount IDs that make it fail on purpose:');
for (const [id, fault] of Object.entries(FAKE_FAULTS)) {
	console.log(`  ${id.padEnd(16)} ${fault.meaning}`);
}

for (const signal of ['SIGINT', 'SIGTERM']) {
	process.once(signal, () => {
		void fake.close().then(() => process.exit(0));
	});
}
