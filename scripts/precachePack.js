// @ts-check
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/**
 * Vite plugin: the app's files packed into a few large files for the service worker's first
 * install (service-worker/packInstall.ts), next to the usual one file per chunk.
 *
 * Why: the worker precaches ~160 files (every chunk, stylesheet, icon). Fetched one by one, a first
 * install on a 400 ms link is a matter of round trips, not bytes (six connections, ~27 rounds,
 * plus the page's own requests on the same six). Packed into PARTS files, it is a few round trips
 * and the bytes, and one compressed file is smaller than its files compressed one by one.
 * Pages keep loading their usual chunks (and their 100 KB budget): only the worker's first
 * install reads the pack; an update fetches just the files that changed, one by one.
 *
 * Written after the client build, before SvelteKit builds the worker and before adapter-node
 * copies the client folder: `_app/pack/<version>/index.json` and `<i>.bin` (+ .gz and .br, which
 * adapter-node serves like its own precompressed files). Part 0 holds what the sign-in page loads
 * (SvelteKit's start-up, the root layout, the error page, the sign-in page): the worker fetches it
 * last and only for what the page has not already downloaded into the browser's cache.
 * @returns {import('vite').Plugin}
 */
export function precachePack() {
	let outDir = '';
	let root = process.cwd();
	let isClient = false;
	return {
		name: 'vhcv:precache-pack',
		apply: 'build',
		configResolved(config) {
			root = config.root;
			outDir = resolve(config.root, config.build.outDir);
			isClient = !config.build.ssr && outDir.endsWith(`output${sep}client`);
		},
		writeBundle: {
			order: 'post',
			sequential: true,
			handler(_options, bundle) {
				if (!isClient) return;
				writePack(root, outDir, bundle);
			}
		}
	};
}

/** Files per pack part: four parts keep four of the six connections busy with one file each. */
const PARTS = 4;

const TYPES = /** @type {Record<string, string>} */ ({
	js: 'text/javascript',
	mjs: 'text/javascript',
	css: 'text/css',
	svg: 'image/svg+xml',
	png: 'image/png',
	webmanifest: 'application/manifest+json',
	json: 'application/json',
	txt: 'text/plain',
	woff2: 'font/woff2',
	wasm: 'application/wasm'
});

/**
 * @param {string} root
 * @param {string} outDir .svelte-kit/output/client
 * @param {import('vite').Rollup.OutputBundle} bundle
 */
function writePack(root, outDir, bundle) {
	const versionFile = join(outDir, '_app', 'version.json');
	if (!existsSync(versionFile)) throw new Error(`precache pack: no ${versionFile}`);
	const version = /** @type {{ version: string }} */ (JSON.parse(readFileSync(versionFile, 'utf8'))).version;

	/** @type {{ url: string, bytes: Buffer }[]} */
	const files = [];
	for (const file of walk(join(outDir, '_app', 'immutable'))) {
		files.push({ url: `/${relative(outDir, file).split(sep).join('/')}`, bytes: readFileSync(file) });
	}
	const staticDir = join(root, 'static');
	for (const file of existsSync(staticDir) ? walk(staticDir) : []) {
		files.push({ url: `/${relative(staticDir, file).split(sep).join('/')}`, bytes: readFileSync(file) });
	}

	// Part 0: the sign-in page's files, which a first visit has usually downloaded already.
	const first = signInFiles(root, bundle);
	const parts = Array.from({ length: PARTS }, () => /** @type {typeof files} */ ([]));
	const sizes = new Array(PARTS).fill(0);
	for (const file of [...files].sort((a, b) => b.bytes.length - a.bytes.length)) {
		if (first.has(file.url)) {
			parts[0]?.push(file);
			continue;
		}
		// The lightest of the other parts: they come in parallel, so even parts end together.
		let lightest = 1;
		for (let i = 2; i < PARTS; i++) if (sizes[i] < sizes[lightest]) lightest = i;
		parts[lightest]?.push(file);
		sizes[lightest] += file.bytes.length;
	}

	const dir = join(outDir, '_app', 'pack', encodeURIComponent(version));
	mkdirSync(dir, { recursive: true });
	const index = { version, parts: /** @type {{ url: string, entries: { url: string, type: string, offset: number, length: number }[] }[]} */ ([]) };
	parts.forEach((part, i) => {
		let offset = 0;
		const entries = part.map(({ url, bytes }) => {
			const entry = { url, type: TYPES[url.split('.').pop() ?? ''] ?? 'application/octet-stream', offset, length: bytes.length };
			offset += bytes.length;
			return entry;
		});
		const body = Buffer.concat(part.map((f) => f.bytes));
		const name = `${i}.bin`;
		writeFileSync(join(dir, name), body);
		writeFileSync(join(dir, `${name}.gz`), gzipSync(body, { level: 9 }));
		writeFileSync(join(dir, `${name}.br`), brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }));
		index.parts.push({ url: `/_app/pack/${encodeURIComponent(version)}/${name}`, entries });
	});
	writeFileSync(join(dir, 'index.json'), JSON.stringify(index));
}

/**
 * The files the sign-in page loads: the static import closure of SvelteKit's entries, the root
 * layout and error page (nodes 0 and 1) and the sign-in page's node, with their stylesheets.
 * @param {string} root
 * @param {import('vite').Rollup.OutputBundle} bundle
 */
function signInFiles(root, bundle) {
	const nodesDir = join(root, '.svelte-kit', 'generated', 'client-optimized', 'nodes');
	const loginNode = readdirSync(nodesDir).find((name) => /src\/routes\/login\/\+page\.svelte/.test(readFileSync(join(nodesDir, name), 'utf8')));
	const wanted = [/^entry\/start$/, /^entry\/app$/, /^nodes\/0$/, /^nodes\/1$/, ...(loginNode ? [new RegExp(`^nodes/${loginNode.replace('.js', '')}$`)] : [])];
	/** @type {Set<string>} */
	const seen = new Set();
	const stack = Object.values(bundle)
		.filter((item) => item.type === 'chunk' && item.isEntry && wanted.some((re) => re.test(item.name)))
		.map((item) => item.fileName);
	while (stack.length > 0) {
		const fileName = /** @type {string} */ (stack.pop());
		if (seen.has(fileName)) continue;
		seen.add(fileName);
		const item = bundle[fileName];
		if (item?.type !== 'chunk') continue;
		stack.push(...item.imports);
		for (const css of item.viteMetadata?.importedCss ?? []) seen.add(css);
	}
	return new Set([...seen].map((file) => `/${file}`));
}

/** @param {string} dir @returns {string[]} */
function walk(dir) {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		if (statSync(path).isDirectory()) return walk(path);
		return /\.(gz|br)$/.test(name) ? [] : [path];
	});
}
