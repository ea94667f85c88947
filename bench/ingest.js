// Sync ingest against the physical limit, and the protocol's cost on the wire.
//
// Ingest, in one run, interleaved (the order rotates every round), one warm-up round then five
// measured rounds, medians reported. Each run stores 1,000 new realistic inspections (the full
// 57-item checklist answered, UUIDv7 ids as the phone makes them: ingest/records.js), in batches of 50:
//   (a) raw better-sqlite3: the same rows, WAL + synchronous=FULL, one transaction per batch;
//   (b) bare node:http + that insert (a separate process, like the app server);
//   (c) the real POST /api/sync/push of the built server: signed-in inspector, origin check, body
//       limit, schema validation, per-item authorization, manifest check, exactly-once store, and
//       the review rows derived in the same transaction (head row, findings, monthly totals).
// (b) and (c) are sent what the phone sends (client/sync/pushBody.ts): the batch's JSON gzipped at
// the default level (CompressionStream's), with Content-Encoding: gzip, compressed before the clock
// starts as the phone does it; both servers inflate it. INGEST_BODY=plain sends plain JSON instead,
// as browsers without CompressionStream do.
// (a) and (b) write two rows per inspection (submission, trail entry); (c) writes those and the
// derived rows too, which the raw reference leaves out: it stays the physical floor.
// Duplicates are counted in each database afterwards (rows beyond one per id and revision), after
// pushing a batch to (c) a second time.
//
// Protocol: requests and bytes on the wire, counted by a node:http proxy on loopback, to sync N
// inspections without photos (a gzipped push) and to upload photos of known size. Every byte both
// ways is counted; the "device" sends the headers the app's requests carry (see ingest/client.js).
// Then the same behind a local HTTP/2 + TLS reverse proxy, counted under TLS (ingest/h2Wire.js).
//   node bench/ingest.js   (or `npm run bench`, which runs it after the bundle benchmark)
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gunzipSync, gzipSync } from 'node:zlib';
import Database from 'better-sqlite3';
import { buildIsStale } from '../scripts/freshness.js';
import { startCountingProxy } from './ingest/countingProxy.js';
import { benchPhoto } from './ingest/photo.js';
import { measureH2Wire, reportH2Wire } from './ingest/h2Wire.js';
import { photoRows, pushRow } from './ingest/wireRows.js';
import { signIn, startApp, startBare } from './ingest/processes.js';
import { closeClient, exchange, postJson } from './ingest/client.js';
import { recordFactory, registerDevice, wire } from './ingest/records.js';
import { countRows, openRawDatabase, rawRow } from './ingest/schema.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const buildDir = process.env.BUILD_OUT ?? 'build';
const RECORDS = 1000;
const BATCH = 50;
const WARMUP = 1;
const REPEATS = 5;
const TARGET_RATIO = 0.25;
const PHOTO_BYTES = 250_000;
const GZIP_BODIES = process.env.INGEST_BODY !== 'plain';

/** A push batch's body and its encoding header, as the phone sends it. @param {any[]} batch */
function pushBody(batch) {
	const json = Buffer.from(JSON.stringify({ items: batch.map(wire) }));
	return GZIP_BODIES ? gzipSync(json) : json;
}
const BODY_HEADERS = GZIP_BODIES ? { 'content-encoding': 'gzip' } : {};

/** @param {number[]} values */
const median = (values) => {
	const sorted = [...values].sort((x, y) => x - y);
	const mid = Math.floor(sorted.length / 2);
	return sorted.length % 2 ? /** @type {number} */ (sorted[mid]) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
};

/** @template T @param {T[]} list @returns {T[][]} */
const batches = (list) => Array.from({ length: Math.ceil(list.length / BATCH) }, (_, i) => list.slice(i * BATCH, (i + 1) * BATCH));

/**
 * A JSON POST as the app's sync code makes it (content type and accept, as pushApi.ts sends them),
 * with the Accept-Encoding every browser adds (the server compresses larger answers for it).
 * @param {string} url @param {string | Uint8Array} body @param {Record<string, string>} headers
 */
async function post(url, body, headers) {
	const bytes = typeof body === 'string' ? Buffer.from(body) : body;
	const response = await exchange(url, {
		method: 'POST',
		body: bytes,
		headers: { 'content-type': 'application/json', accept: 'application/json', 'accept-encoding': 'gzip', ...headers }
	});
	const text = (response.headers['content-encoding'] === 'gzip' ? gunzipSync(response.body) : response.body).toString('utf8');
	if (response.status >= 300) throw new Error(`${url}: ${response.status} ${text.slice(0, 300)}`);
	return JSON.parse(text);
}

export function ensureBuild() {
	if (!buildIsStale(root, buildDir) && existsSync(join(root, buildDir, 'operations.js'))) return;
	console.log(`Building the app (${buildDir}/ is missing or older than the sources)…`);
	const vite = join(dirname(createRequire(import.meta.url).resolve('vite/package.json')), 'bin', 'vite.js');
	const result = spawnSync(process.execPath, [vite, 'build'], { cwd: root, stdio: 'inherit' });
	if (result.status !== 0) throw new Error('vite build failed');
}

/** A photo of known size (a JPEG's structure around incompressible bytes: ingest/photo.js). */
function photo() {
	return benchPhoto(PHOTO_BYTES);
}

export async function ingestBench() {
	ensureBuild();
	const work = mkdtempSync(join(tmpdir(), 'vhcv-bench-ingest-'));
	const ops = await import(pathToFileURL(join(root, buildDir, 'operations.js')).href);
	const app = await startApp(join(root, buildDir), join(work, 'app'));
	const bare = await startBare(join(work, 'bare.sqlite'));
	const raw = openRawDatabase(join(work, 'raw.sqlite'));
	try {
		const inspector = await signIn(app.origin, 'thanhtra1');
		const catalog = await (await fetch(`${app.origin}/api/catalog`)).json();
		const template = catalog.templates.find((/** @type {any} */ t) => t.id === 'van-hoa-cong-vu');
		const make = recordFactory(ops, template, { id: inspector.userId, name: inspector.displayName }, 'so-noi-vu', await registerDevice(app.origin, inspector.headers));
		const pushUrl = `${app.origin}/api/sync/push`;

		/** @type {Record<'a' | 'b' | 'c', (items: any[]) => Promise<number>>} */
		const variants = {
			async a(items) {
				const rows = batches(items.map((item) => rawRow(item, JSON.stringify(wire(item)))));
				const start = performance.now();
				for (const batch of rows) raw.insertBatch(batch);
				return performance.now() - start;
			},
			async b(items) {
				const bodies = batches(items).map(pushBody);
				const start = performance.now();
				for (const body of bodies) await postJson(bare.origin, body, BODY_HEADERS);
				return performance.now() - start;
			},
			async c(items) {
				const bodies = batches(items).map(pushBody);
				const start = performance.now();
				for (const body of bodies) {
					const { results } = await postJson(pushUrl, body, { ...inspector.headers, ...BODY_HEADERS });
					const refused = results.filter((/** @type {any} */ r) => r.outcome !== 'created');
					if (refused.length > 0) throw new Error(`push refused: ${JSON.stringify(refused[0])}`);
				}
				return performance.now() - start;
			}
		};

		const sample = Array.from({ length: BATCH }, () => make());
		const batchBytes = Buffer.byteLength(JSON.stringify({ items: sample.map(wire) }));
		const sentBytes = pushBody(sample).byteLength;
		const storedBytes = sample.reduce((sum, item) => sum + Buffer.byteLength(JSON.stringify(wire(item))), 0) / BATCH;
		console.log(
			`\nSync ingest: ${RECORDS} inspections per run (${(batchBytes / BATCH / 1024).toFixed(1)} KB of JSON each, ${(storedBytes / 1024).toFixed(1)} KB stored), ` +
				`batches of ${BATCH} (${(batchBytes / 1024).toFixed(0)} KB of JSON, sent ${GZIP_BODIES ? `gzipped: ${(sentBytes / 1024).toFixed(0)} KB` : 'plain'}), ` +
				`${WARMUP} warm-up + ${REPEATS} rounds, interleaved…`
		);
		/** @type {Record<'a' | 'b' | 'c', number[]>} */
		const rates = { a: [], b: [], c: [] };
		const order = /** @type {const} */ (['a', 'b', 'c']);
		for (let round = 0; round < WARMUP + REPEATS; round++) {
			for (let k = 0; k < order.length; k++) {
				const name = order[(round + k) % order.length] ?? 'a';
				const items = Array.from({ length: RECORDS }, () => make());
				const ms = await variants[name](items);
				if (round >= WARMUP) rates[name].push((RECORDS / ms) * 1000);
			}
		}

		// Exactly once under a retry: the same batch again is all duplicate, and no row is added.
		const again = pushBody(Array.from({ length: BATCH }, () => make()));
		const firstPush = await postJson(pushUrl, again, { ...inspector.headers, ...BODY_HEADERS });
		const retry = await postJson(pushUrl, again, { ...inspector.headers, ...BODY_HEADERS });
		const retryOutcomes = [...new Set(retry.results.map((/** @type {any} */ r) => r.outcome))];
		if (firstPush.results.some((/** @type {any} */ r) => r.outcome !== 'created')) throw new Error('first push not created');

		const protocol = await measureProtocol(app.origin, inspector.headers, make);
		// The same, as a phone sees it behind the TLS reverse proxy every deployment has (HTTP/2).
		const h2 = await measureH2Wire(app.origin, inspector.headers, make);

		const expected = (WARMUP + REPEATS) * RECORDS;
		await bare.stop();
		await app.stop();
		const counts = {
			a: { expected, ...raw.counts() },
			b: { expected, ...countIn(join(work, 'bare.sqlite')) },
			c: { expected: expected + BATCH + protocol.storedByProtocol + h2.storedByProtocol, ...countIn(join(work, 'app', 'vhcv.sqlite')) }
		};

		const med = { a: median(rates.a), b: median(rates.b), c: median(rates.c) };
		const ingest = {
			records: RECORDS,
			batch: BATCH,
			body: GZIP_BODIES ? 'gzip' : 'plain',
			warmup: WARMUP,
			repeats: REPEATS,
			recordsPerSecond: {
				a_rawSqlite: { median: med.a, runs: rates.a },
				b_bareHttp: { median: med.b, runs: rates.b },
				c_endpoint: { median: med.c, runs: rates.c }
			},
			ratios: {
				c_over_a: med.c / med.a,
				c_over_b: med.c / med.b,
				target_c_over_a: TARGET_RATIO,
				pass: med.c / med.a >= TARGET_RATIO,
				// Each round's own c/a (its three runs are back to back): how much the machine's load moved the median.
				c_over_a_per_round: rates.c.map((c, i) => c / (rates.a[i] ?? Number.NaN))
			},
			retryOfABatch: retryOutcomes,
			rows: counts,
			duplicates: counts.a.duplicates + counts.b.duplicates + counts.c.duplicates
		};
		report(ingest, protocol);
		reportH2Wire(h2.results);
		const out = join(root, 'bench', 'results');
		mkdirSync(out, { recursive: true });
		writeFileSync(
			join(out, 'ingest.json'),
			JSON.stringify({ measuredAt: new Date().toISOString(), node: process.version, ingest, protocol: protocol.results, protocolBehindHttp2Proxy: h2.results }, null, '\t') + '\n'
		);
		console.log('Written bench/results/ingest.json');
	} finally {
		closeClient();
		raw.close();
		await bare.stop().catch(() => undefined);
		await app.stop().catch(() => undefined);
		rmSync(work, { recursive: true, force: true });
	}
}

/** @param {string} file */
function countIn(file) {
	const db = new Database(file, { readonly: true });
	try {
		return countRows(db);
	} finally {
		db.close();
	}
}

/**
 * Requests and bytes through the counting proxy for what a device does to sync.
 * @param {string} appOrigin @param {Record<string, string>} headers @param {(photos?: Uint8Array[]) => any} make
 */
async function measureProtocol(appOrigin, headers, make) {
	const proxy = await startCountingProxy(appOrigin);
	const results = [];
	let storedByProtocol = 0;
	try {
		for (const n of [1, 10, 50]) {
			const payload = JSON.stringify({ items: Array.from({ length: n }, () => wire(make())) });
			const gz = gzipSync(payload);
			proxy.take();
			const { results: outcomes } = await post(`${proxy.origin}/api/sync/push`, gz, { ...headers, 'content-encoding': 'gzip' });
			if (outcomes.some((/** @type {any} */ r) => r.outcome !== 'created')) throw new Error('protocol push not created');
			storedByProtocol += n;
			const counted = proxy.take();
			results.push({ ...pushRow(`${n} inspection${n > 1 ? 's' : ''}, no photos`, counted, gz.byteLength), payloadBytes: Buffer.byteLength(payload) });
		}

		const photos = [photo(), photo(), photo()];
		const item = make(photos);
		const hashes = item.photos.map((/** @type {any} */ p) => p.sha256);
		proxy.take();
		const { missing } = await post(`${proxy.origin}/api/photos/missing`, JSON.stringify({ hashes }), headers);
		for (const hash of missing) {
			const bytes = photos[hashes.indexOf(hash)];
			const response = await exchange(`${proxy.origin}/api/photos/${hash}`, { method: 'PUT', body: bytes, headers: { ...headers, 'content-type': 'image/jpeg' } });
			if (response.status !== 201) throw new Error(`photo upload: ${response.status}`);
		}
		const photoWire = proxy.take();
		const photoBytes = photos.reduce((sum, p) => sum + p.byteLength, 0);
		const gz = gzipSync(JSON.stringify({ items: [wire(item)] }));
		const pushed = await post(`${proxy.origin}/api/sync/push`, gz, { ...headers, 'content-encoding': 'gzip' });
		if (pushed.results[0]?.outcome !== 'created') throw new Error('push with photos not created');
		storedByProtocol += 1;
		const pushWire = proxy.take();
		results.push(...photoRows(`${photos.length} photos of ${PHOTO_BYTES.toLocaleString('en')} bytes (missing check + uploads)`, photoWire, photoBytes, photos.length, pushWire, gz.byteLength));
	} finally {
		await proxy.stop();
	}
	return { results, storedByProtocol };
}

/** @param {any} ingest @param {any} protocol */
function report(ingest, protocol) {
	const r = ingest.recordsPerSecond;
	const rows = [
		['variant', 'records/s (median)', 'runs'],
		['(a) raw better-sqlite3, WAL, synchronous=FULL', r.a_rawSqlite.median.toFixed(0), r.a_rawSqlite.runs.map((/** @type {number} */ x) => x.toFixed(0)).join(' ')],
		['(b) bare node:http + that insert', r.b_bareHttp.median.toFixed(0), r.b_bareHttp.runs.map((/** @type {number} */ x) => x.toFixed(0)).join(' ')],
		['(c) POST /api/sync/push (built server)', r.c_endpoint.median.toFixed(0), r.c_endpoint.runs.map((/** @type {number} */ x) => x.toFixed(0)).join(' ')]
	];
	const widths = [0, 1, 2].map((i) => Math.max(...rows.map((row) => String(row[i]).length)));
	for (const row of rows) console.log(row.map((cell, i) => (i === 0 ? String(cell).padEnd(widths[i] ?? 0) : String(cell).padStart(widths[i] ?? 0))).join('  '));
	console.log(
		`c/a = ${ingest.ratios.c_over_a.toFixed(2)} (target ≥ ${TARGET_RATIO}: ${ingest.ratios.pass ? 'pass' : 'FAIL'}; per round ${ingest.ratios.c_over_a_per_round.map((/** @type {number} */ x) => x.toFixed(2)).join(' ')}), c/b = ${ingest.ratios.c_over_b.toFixed(2)}; ` +
			`duplicates = ${ingest.duplicates} (rows a ${ingest.rows.a.rows}/${ingest.rows.a.expected}, b ${ingest.rows.b.rows}/${ingest.rows.b.expected}, c ${ingest.rows.c.rows}/${ingest.rows.c.expected}); ` +
			`a batch pushed twice: ${ingest.retryOfABatch.join(', ')}`
	);
	console.log('\nOn the wire (counting proxy on loopback):');
	for (const p of protocol.results) {
		console.log(`  ${p.case}: ${p.requests} request(s), ${p.wireBytes.toLocaleString('en')} bytes, ${p.ratio.toFixed(3)} × ${'photoBytes' in p ? 'photo bytes' : 'gzipped payload'} — ${p.pass ? 'pass' : 'FAIL'} (${p.target})`);
	}
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await ingestBench();
