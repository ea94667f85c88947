// @ts-check
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterServerBuild } from './afterServerBuild.js';

/**
 * The headers every answer of the server carries, even those SvelteKit's hooks never see: adapter-node
 * serves build/client (the JavaScript, the service worker, the web manifest, icons) and the
 * prerendered shell itself, before any hook runs. Written as build/everyResponseHeaders.js and
 * imported first by build/index.js, it sets them on each response as its head is written:
 * - X-Content-Type-Options: nosniff, so no browser runs a file as something it was not sent as;
 * - Strict-Transport-Security when ORIGIN is https:// (a year), so a phone that once reached the
 *   server over HTTPS never falls back to plain HTTP on a hostile network.
 * A header the response sets itself wins (Node merges setHeader under writeHead's own headers).
 */
const RUNTIME = `// Written by scripts/everyResponseHeaders.js at build time.
import { ServerResponse } from 'node:http';

const https = (process.env.ORIGIN ?? '').trim().toLowerCase().startsWith('https://');
const writeHead = ServerResponse.prototype.writeHead;
ServerResponse.prototype.writeHead = function (...args) {
	if (!this.headersSent) {
		if (!this.hasHeader('x-content-type-options')) this.setHeader('x-content-type-options', 'nosniff');
		if (https && !this.hasHeader('strict-transport-security')) this.setHeader('strict-transport-security', 'max-age=31536000');
	}
	return writeHead.apply(this, args);
};
`;

/** @returns {import('vite').Plugin} */
export function everyResponseHeaders() {
	return afterServerBuild('vhcv:every-response-headers', (root) => {
		const out = resolve(root, process.env.BUILD_OUT ?? 'build');
		writeFileSync(resolve(out, 'everyResponseHeaders.js'), RUNTIME);
		const index = resolve(out, 'index.js');
		const entry = readFileSync(index, 'utf8');
		const line = "import './everyResponseHeaders.js';\n";
		if (!entry.startsWith(line)) writeFileSync(index, line + entry);
	});
}
