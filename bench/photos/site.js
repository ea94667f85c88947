// The benchmark page's build and its local web server, shared by bench/photos.js (the pipeline
// against browser-image-compression) and bench/photoSettings.js (the encoder settings sweep).
import { createReadStream } from 'node:fs';
import { once } from 'node:events';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, extname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Bundles bench/photos/ (the app's photo code through $lib) into a temporary folder. @param {string} [outDir] */
export async function buildPage(outDir = join(tmpdir(), 'vhcv-bench-photos')) {
	await build({
		configFile: false,
		root: join(root, 'bench', 'photos'),
		logLevel: 'warn',
		resolve: { alias: { $lib: join(root, 'src', 'lib') } },
		build: { outDir, emptyOutDir: true, target: 'es2022', minify: true }
	});
	return outDir;
}

const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.jpg': 'image/jpeg', '.wasm': 'application/wasm' };

/** @param {string} pageDir */
export async function serve(pageDir) {
	const server = createServer((request, response) => {
		const path = new URL(request.url ?? '/', 'http://localhost').pathname;
		let file = join(pageDir, path === '/' ? 'index.html' : path);
		if (path.startsWith('/fixtures/')) file = join(root, 'tests', 'fixtures', 'photos', path.slice('/fixtures/'.length));
		if (path === '/browser-image-compression.js') {
			file = join(root, 'node_modules', 'browser-image-compression', 'dist', 'browser-image-compression.js');
		}
		const stream = createReadStream(file);
		stream.on('error', () => {
			response.writeHead(404);
			response.end();
		});
		stream.on('open', () => {
			response.writeHead(200, { 'content-type': TYPES[/** @type {keyof TYPES} */ (extname(file))] ?? 'application/octet-stream' });
			stream.pipe(response);
		});
	});
	server.listen(0, '127.0.0.1');
	await once(server, 'listening');
	const address = server.address();
	if (address === null || typeof address === 'string') throw new Error('no port');
	// 127.0.0.1 is a secure context, so crypto.subtle is there as on the phone over HTTPS.
	return { origin: `http://127.0.0.1:${address.port}`, close: () => new Promise((r) => server.close(r)) };
}
