import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

// The specs serve the production build; building here would hide a stale or broken `npm run build`
// and cost a minute on every run, so a missing build is an error with the fix in the message.
export default function globalSetup(): void {
	const handler = resolve(process.env.BUILD_OUT ?? 'build', 'handler.js');
	if (!existsSync(handler)) {
		throw new Error(`No production build at ${handler}. Run \`npm run build\` (or \`npm test\`, which builds) first.`);
	}
}
