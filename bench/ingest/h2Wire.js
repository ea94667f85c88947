// @ts-check
// Bytes on the wire as a phone sees them in a real deployment: behind a TLS reverse proxy that
// speaks HTTP/2 (README "Deploying"), not talking HTTP/1.1 to the Node server directly.
//
// A local reverse proxy (node:http2 createSecureServer, HTTP/2 only, a self-signed ECDSA P-256
// certificate made at run time by the openssl CLI, for loopback only) forwards each stream to the
// app over HTTP/1.1 keep-alive and passes the answer through unchanged (status, headers minus the
// hop-by-hop ones HTTP/2 forbids, body). It counts every byte on the phone's side of the wire at the
// raw TCP socket under TLS, so TLS records, HTTP/2 frames and HPACK are all included. The "device"
// is one node:http2 client session, reused for the whole run as a browser reuses its connection,
// sending only the headers the app's requests carry (ingest/client.js, ingest.js `post()`).
//
// Two proxy profiles, which differ only in how the proxy encodes response headers:
//   caddy: HPACK with its dynamic table (Go's and nghttp2's encoders: a repeated header is an index);
//   nginx: every response header a literal without indexing (nginx does not keep an HPACK dynamic
//          table for the headers it sends), so repeated response headers cost their Huffman length.
//
// Reported: (a) setting up the connection (TLS handshake, preface, SETTINGS, session tickets), then
// the run's first request, a GET /api/sync/pull with the cursor of a phone already in sync (its
// header block sent in full); (b) each push on that warm connection; and the cold case: a push as
// the very first request on a new connection, with a full handshake or resuming the TLS session.
//
// What a real phone adds, not modelled here: the browser's own request headers (user-agent,
// sec-ch-ua…, sec-fetch-…, accept-language, referer, priority: a few hundred bytes in the first
// header block of a connection, then an index each), a CA chain (the intermediate, about 1 KB, in a
// full handshake) and, in current Chrome, a post-quantum key share (X25519MLKEM768: about 2.3 KB
// more per handshake, both ways). Node 20's TLS (OpenSSL 3.0) offers X25519 only.
//   node bench/ingest/h2Wire.js   (needs a build: `npm run build`, or BUILD_OUT)
import { execFileSync } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { Agent, request as httpRequest } from 'node:http';
import { connect as http2Connect, constants, createSecureServer, sensitiveHeaders } from 'node:http2';
import { connect as netConnect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { connect as tlsConnect } from 'node:tls';
import { gunzipSync, gzipSync } from 'node:zlib';
import { photoRows, pushRow } from './wireRows.js';
import { benchPhoto } from './photo.js';

const PHOTO_BYTES = 250_000;
/** How each proxy encodes its response headers, and what it adds to every answer (defaults of Caddy 2 and nginx). */
const PROFILES = {
	caddy: { indexResponseHeaders: true, responseHeaders: { server: 'Caddy', 'alt-svc': 'h3=":443"; ma=2592000' } },
	nginx: { indexResponseHeaders: false, responseHeaders: { server: 'nginx' } }
};
const CASES = [1, 10, 50];
/** Headers a proxy must not forward, and which HTTP/2 forbids (RFC 9113 §8.2.2). */
const HOP_BY_HOP = new Set(['connection', 'keep-alive', 'proxy-connection', 'transfer-encoding', 'upgrade', 'te', 'trailer', 'http2-settings']);

/**
 * A self-signed ECDSA P-256 certificate for localhost and 127.0.0.1, valid a day, made by the
 * openssl CLI (node:crypto makes keys but not X.509 certificates). P-256 is what Caddy asks Let's
 * Encrypt for; a real chain adds the intermediate certificate (about 1 KB) to the handshake.
 */
export function selfSignedCertificate() {
	const dir = mkdtempSync(join(tmpdir(), 'vhcv-h2wire-'));
	try {
		const key = join(dir, 'key.pem');
		const cert = join(dir, 'cert.pem');
		execFileSync(
			process.env.OPENSSL ?? 'openssl',
			['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes', '-keyout', key, '-out', cert, '-days', '1', '-subj', '/CN=localhost', '-addext', 'subjectAltName=DNS:localhost,IP:127.0.0.1'],
			{ stdio: ['ignore', 'ignore', 'pipe'] }
		);
		return { key: readFileSync(key), cert: readFileSync(cert) };
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
}

/**
 * The TLS HTTP/2 reverse proxy in front of the app, counting the streams it serves and the bytes
 * of its client-side TCP sockets (under TLS).
 * @param {string} target origin of the app server (HTTP/1.1)
 * @param {{ key: Buffer, cert: Buffer }} credentials
 * @param {{ indexResponseHeaders?: boolean, responseHeaders?: Record<string, string> }} [options]
 *   indexResponseHeaders false: every response header a literal without indexing (as nginx);
 *   responseHeaders: what the proxy adds to every answer (Server, Alt-Svc)
 */
export async function startH2Proxy(target, credentials, { indexResponseHeaders = true, responseHeaders = {} } = {}) {
	const upstream = new URL(target);
	const agent = new Agent({ keepAlive: true });
	/** @type {Map<import('node:net').Socket, { up: number, down: number }>} bytes of each socket already counted */
	const sockets = new Map();
	let requests = 0;
	/** Bytes of sockets closed since the last take: up (device to proxy) and down. */
	let closed = { up: 0, down: 0 };

	const server = createSecureServer({ ...credentials, allowHTTP1: false });
	server.on('connection', (/** @type {import('node:net').Socket} */ socket) => {
		sockets.set(socket, { up: 0, down: 0 });
		socket.on('close', () => {
			const seen = sockets.get(socket) ?? { up: 0, down: 0 };
			closed = { up: closed.up + socket.bytesRead - seen.up, down: closed.down + socket.bytesWritten - seen.down };
			sockets.delete(socket);
		});
	});
	server.on('stream', (stream, headers) => {
		requests++;
		/** @type {Record<string, string | string[]>} */
		const forward = {};
		for (const [name, value] of Object.entries(headers)) {
			if (name.startsWith(':') || HOP_BY_HOP.has(name) || value === undefined) continue;
			forward[name] = value;
		}
		forward.host = upstream.host;
		forward['x-forwarded-for'] = stream.session?.socket.remoteAddress ?? '';
		forward['x-forwarded-proto'] = 'https';
		const out = httpRequest(
			{ host: upstream.hostname, port: upstream.port, method: String(headers[':method']), path: String(headers[':path']), headers: forward, agent },
			(up) => {
				const connection = String(up.headers.connection ?? '')
					.toLowerCase()
					.split(',')
					.map((s) => s.trim());
				/** @type {import('node:http2').OutgoingHttpHeaders} */
				const answer = { [constants.HTTP2_HEADER_STATUS]: up.statusCode ?? 502 };
				for (const [name, value] of Object.entries(up.headers)) {
					if (HOP_BY_HOP.has(name) || connection.includes(name) || value === undefined) continue;
					answer[name] = value;
				}
				Object.assign(answer, responseHeaders);
				if (stream.destroyed) return up.resume();
				// node:http2's way to send a header as a literal never indexed: list it under this symbol.
				stream.respond(indexResponseHeaders ? answer : { ...answer, [sensitiveHeaders]: Object.keys(answer) });
				up.pipe(stream);
			}
		);
		out.on('error', () => {
			if (!stream.destroyed && !stream.headersSent) stream.respond({ [constants.HTTP2_HEADER_STATUS]: 502 }, { endStream: true });
		});
		stream.on('error', () => out.destroy());
		stream.pipe(out);
	});
	server.listen(0, '127.0.0.1');
	await once(server, 'listening');
	const address = server.address();
	const port = typeof address === 'object' && address ? address.port : 0;

	const counted = () => {
		let bytes = closed.up + closed.down;
		for (const [socket, seen] of sockets) bytes += socket.bytesRead - seen.up + socket.bytesWritten - seen.down;
		return bytes;
	};

	return {
		origin: `https://localhost:${port}`,
		/** Requests and wire bytes since the last call, once the connection is quiet (no frame still in flight). */
		async take() {
			let before = -1;
			while (before !== counted()) {
				before = counted();
				await new Promise((r) => setTimeout(r, 40));
			}
			let { up, down } = closed;
			for (const [socket, seen] of sockets) {
				up += socket.bytesRead - seen.up;
				down += socket.bytesWritten - seen.down;
				sockets.set(socket, { up: socket.bytesRead, down: socket.bytesWritten });
			}
			const snapshot = { requests, bytes: up + down, up, down };
			requests = 0;
			closed = { up: 0, down: 0 };
			return snapshot;
		},
		async stop() {
			for (const socket of sockets.keys()) socket.destroy();
			server.close();
			agent.destroy();
		}
	};
}

/**
 * The device: one HTTP/2 session over TLS, kept for every request as a browser keeps its
 * connection. `wire()` is its own count of its raw TCP socket, to check the proxy's; `ticket()` the
 * last TLS session ticket the server gave, with which a later connection resumes (as browsers do).
 * @param {string} origin @param {Buffer} ca @param {Buffer} [resume] a ticket of an earlier connection
 */
export async function connectDevice(origin, ca, resume) {
	const url = new URL(origin);
	const raw = netConnect(Number(url.port), '127.0.0.1');
	/** @type {Buffer | undefined} */
	let ticket;
	/** @type {import('node:tls').TLSSocket | undefined} */
	let tls;
	const session = http2Connect(origin, {
		createConnection: () => {
			tls = tlsConnect({ socket: raw, ca, servername: url.hostname, ALPNProtocols: ['h2'], ...(resume ? { session: resume } : {}) });
			tls.on('session', (s) => (ticket = s));
			return tls;
		}
	});
	session.on('error', () => undefined);
	await once(session, 'connect');
	return {
		ticket: () => ticket,
		resumed: () => tls?.isSessionReused() ?? false,
		/**
		 * One request; resolves with the status, the headers and the (decoded) body.
		 * @param {string} method @param {string} path @param {Record<string, string>} headers @param {Uint8Array} [body]
		 * @returns {Promise<{ status: number, headers: import('node:http2').IncomingHttpHeaders, body: Buffer }>}
		 */
		exchange(method, path, headers, body) {
			return new Promise((resolve, reject) => {
				const stream = session.request(
					{ ':method': method, ':path': path, ...headers, ...(body ? { 'content-length': String(body.byteLength) } : {}) },
					{ endStream: !body }
				);
				/** @type {Buffer[]} */
				const chunks = [];
				/** @type {import('node:http2').IncomingHttpHeaders} */
				let answer = {};
				stream.on('response', (h) => (answer = h));
				stream.on('data', (chunk) => chunks.push(chunk));
				stream.on('end', () => {
					const bytes = Buffer.concat(chunks);
					resolve({ status: Number(answer[':status']), headers: answer, body: answer['content-encoding'] === 'gzip' ? gunzipSync(bytes) : bytes });
				});
				stream.on('error', reject);
				if (body) stream.end(body);
			});
		},
		wire: () => raw.bytesRead + raw.bytesWritten,
		async close() {
			const closed = once(session, 'close');
			session.close();
			await closed;
			raw.destroy();
		}
	};
}

/** A photo of known size (a JPEG's structure around incompressible bytes: ingest/photo.js). */
function photo() {
	return benchPhoto(PHOTO_BYTES);
}

/** What a phone sends: the signed record (as records.js `wire()`). @param {any} item */
const wire = (item) => ({ manifest: item.manifest, signature: item.signature });

/**
 * Requests and bytes on the phone's side of an HTTP/2 + TLS reverse proxy, for what a device does
 * to sync: N inspections without photos (gzipped pushes), then photos of known size and the push
 * that refers to them. For each proxy profile: the connection's set-up and first request, each case
 * on that warm connection, and each push of N inspections alone on a new (cold) connection.
 * @param {string} appOrigin origin of the app server (HTTP/1.1)
 * @param {Record<string, string>} headers the signed-in page's cookie and origin (processes.js `signIn`)
 * @param {(photos?: Uint8Array[]) => any} make records.js `recordFactory(…)`
 * @param {{ profiles?: (keyof typeof PROFILES)[], cases?: number[] }} [options]
 * @returns {Promise<{ results: any[], storedByProtocol: number, deviceCheck: number }>} one row per case and
 *   profile; how many inspections were stored (all pushes create); the largest difference between the
 *   device's own count of its TCP socket and the proxy's (0: both ends agree to the byte)
 */
export async function measureH2Wire(appOrigin, headers, make, { profiles = ['caddy', 'nginx'], cases = CASES } = {}) {
	const credentials = selfSignedCertificate();
	/** The app's JSON requests (syncApi.ts JSON_HEADERS) with what every browser adds. */
	const json = { 'content-type': 'application/json', accept: 'application/json', 'accept-encoding': 'gzip', ...headers };
	/** @type {Record<string, string>} a same-origin GET carries no Origin */
	const get = { accept: 'application/json', 'accept-encoding': 'gzip' };
	if (headers.cookie) get.cookie = headers.cookie;
	// A phone already in sync pulls with its cursor: brought up to date here, off the measured wire.
	let query = '';
	for (let page = 0; page < 100; page++) {
		const response = await fetch(`${appOrigin}/api/sync/pull${query}`, { headers: { cookie: headers.cookie ?? '' } });
		if (!response.ok) throw new Error(`pull: ${response.status}`);
		const { cursor, more } = await response.json();
		query = `?cursor=${encodeURIComponent(cursor)}`;
		if (!more) break;
	}
	const pullPath = `/api/sync/pull${query}`;

	/** @param {ReturnType<typeof connectDevice> extends Promise<infer D> ? D : never} device @param {Buffer} gz */
	const push = async (device, gz) => {
		const response = await device.exchange('POST', '/api/sync/push', { ...json, 'content-encoding': 'gzip' }, gz);
		const text = response.body.toString('utf8');
		if (response.status >= 300) throw new Error(`push: ${response.status} ${text.slice(0, 300)}`);
		const { results } = JSON.parse(text);
		if (results.some((/** @type {any} */ r) => r.outcome !== 'created')) throw new Error(`push not created: ${text.slice(0, 300)}`);
		return results.length;
	};

	/** @type {any[]} */
	const results = [];
	let storedByProtocol = 0;
	let deviceCheck = 0;
	for (const profile of profiles) {
		const proxy = await startH2Proxy(appOrigin, credentials, PROFILES[profile]);
		try {
			const row = (/** @type {Record<string, any>} */ fields) => results.push({ proxy: profile, ...fields });
			await proxy.take();
			const device = await connectDevice(proxy.origin, credentials.cert);
			let deviceSeen = 0;
			const take = async () => {
				const counted = await proxy.take();
				const seen = device.wire();
				deviceCheck = Math.max(deviceCheck, Math.abs(seen - deviceSeen - counted.bytes));
				deviceSeen = seen;
				return counted;
			};
			const handshake = await take();
			const pulled = await device.exchange('GET', pullPath, get);
			if (pulled.status !== 200) throw new Error(`pull: ${pulled.status} ${pulled.body.toString('utf8').slice(0, 300)}`);
			const pull = await take();
			row({ case: 'connection set-up (TLS 1.3 handshake, preface, SETTINGS, session tickets)', requests: handshake.requests, wireBytes: handshake.bytes, up: handshake.up, down: handshake.down });
			row({ case: 'first request: GET /api/sync/pull with a cursor (headers in full; nothing new)', requests: pull.requests, wireBytes: pull.bytes, up: pull.up, down: pull.down, answerBytes: pulled.body.byteLength });

			for (const n of cases) {
				const gz = gzipSync(JSON.stringify({ items: Array.from({ length: n }, () => wire(make())) }));
				storedByProtocol += await push(device, gz);
				const counted = await take();
				row(pushRow(`${n} inspection${n > 1 ? 's' : ''}, no photos (warm connection)`, counted, gz.byteLength));
			}

			const photos = [photo(), photo(), photo()];
			const item = make(photos);
			const hashes = item.photos.map((/** @type {any} */ p) => p.sha256);
			const asked = await device.exchange('POST', '/api/photos/missing', json, Buffer.from(JSON.stringify({ hashes })));
			if (asked.status !== 200) throw new Error(`photos/missing: ${asked.status}`);
			for (const hash of JSON.parse(asked.body.toString('utf8')).missing) {
				const bytes = photos[hashes.indexOf(hash)];
				const put = await device.exchange('PUT', `/api/photos/${hash}`, { ...headers, 'content-type': 'image/jpeg', 'accept-encoding': 'gzip' }, bytes);
				if (put.status !== 201) throw new Error(`photo upload: ${put.status} ${put.body.toString('utf8').slice(0, 300)}`);
			}
			const photoWire = await take();
			const photoBytes = photos.reduce((sum, p) => sum + p.byteLength, 0);
			const gz = gzipSync(JSON.stringify({ items: [wire(item)] }));
			storedByProtocol += await push(device, gz);
			const pushWire = await take();
			for (const r of photoRows(`${photos.length} photos of ${PHOTO_BYTES.toLocaleString('en')} bytes (missing check + uploads, warm connection)`, photoWire, photoBytes, photos.length, pushWire, gz.byteLength)) row(r);
			const ticket = device.ticket();
			await device.close();
			await take();

			// Cold: the push is the first request of a new connection, whose set-up it pays: a full
			// handshake (certificate and all), or one resuming the TLS session of the connection above
			// with its ticket (no certificate), as a browser does within the ticket's lifetime.
			for (const [n, resume] of cases.flatMap((n) => /** @type {const} */ ([[n, false], [n, true]]))) {
				const gz = gzipSync(JSON.stringify({ items: Array.from({ length: n }, () => wire(make())) }));
				const cold = await connectDevice(proxy.origin, credentials.cert, resume ? ticket : undefined);
				if (resume && !cold.resumed()) throw new Error('the TLS session was not resumed');
				storedByProtocol += await push(cold, gz);
				const counted = await proxy.take();
				deviceCheck = Math.max(deviceCheck, Math.abs(cold.wire() - counted.bytes));
				await cold.close();
				await proxy.take();
				row(pushRow(`${n} inspection${n > 1 ? 's' : ''}, no photos (cold: new connection, ${resume ? 'resumed TLS session' : 'full handshake'} included)`, counted, gz.byteLength));
			}
		} finally {
			await proxy.stop();
		}
	}
	return { results, storedByProtocol, deviceCheck };
}

/** @param {any[]} results */
export function reportH2Wire(results) {
	let profile = '';
	for (const p of results) {
		if (p.proxy !== profile) {
			profile = p.proxy;
			console.log(`\nOn the wire behind an HTTP/2 + TLS reverse proxy (${profile} profile: response headers ${profile === 'caddy' ? 'HPACK-indexed' : 'literal, not indexed'}):`);
		}
		const ratio = p.ratio === undefined ? '' : `, ${p.ratio.toFixed(3)} × ${'photoBytes' in p ? 'photo bytes' : 'gzipped payload'} — ${p.pass ? 'pass' : 'FAIL'} (${p.target})`;
		console.log(`  ${p.case}: ${p.requests} request(s), ${p.wireBytes.toLocaleString('en')} bytes (${p.up.toLocaleString('en')} up, ${p.down.toLocaleString('en')} down)${ratio}`);
	}
}

async function main() {
	const { resolve } = await import('node:path');
	const { fileURLToPath, pathToFileURL } = await import('node:url');
	const { startApp, signIn } = await import('./processes.js');
	const { recordFactory, registerDevice } = await import('./records.js');
	const root = resolve(fileURLToPath(new URL('../..', import.meta.url)));
	const buildDir = resolve(root, process.env.BUILD_OUT ?? 'build');
	const work = mkdtempSync(join(tmpdir(), 'vhcv-bench-h2wire-'));
	const app = await startApp(buildDir, join(work, 'app'));
	try {
		const ops = await import(pathToFileURL(join(buildDir, 'operations.js')).href);
		const inspector = await signIn(app.origin, 'thanhtra1');
		const catalog = await (await fetch(`${app.origin}/api/catalog`)).json();
		const template = catalog.templates.find((/** @type {any} */ t) => t.id === 'van-hoa-cong-vu');
		const make = recordFactory(ops, template, { id: inspector.userId, name: inspector.displayName }, 'so-noi-vu', await registerDevice(app.origin, inspector.headers));
		const { results, storedByProtocol, deviceCheck } = await measureH2Wire(app.origin, inspector.headers, make);
		reportH2Wire(results);
		console.log(`\n${storedByProtocol} inspections stored; the device's own count of its TCP socket differs from the proxy's by at most ${deviceCheck} bytes.`);
		if (process.argv.includes('--json')) console.log(JSON.stringify(results));
	} finally {
		await app.stop();
		rmSync(work, { recursive: true, force: true });
	}
}

if (process.argv[1] && import.meta.url === (await import('node:url')).pathToFileURL(process.argv[1]).href) await main();
