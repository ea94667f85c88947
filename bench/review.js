// Review reads at scale (docs/performance.md, design 5; issue 11): with REVIEW_BENCH_TOTAL generated
// inspections (100,000 by default; 1,000,000 for the issue's figures) in SQLite and in PostgreSQL, the
// review queue with typical filters, one inspection's detail, the statistics (whole province; with
// dates that cut months; one commune) and the province's map, each store next to a bare SELECT of
// a queue page's rows, in the same run, interleaved (the order rotates every round), one warm-up
// round then REPEATS measured rounds; p50 and p95 over all measured calls.
// Targets: queue and detail p95 ≤ 50 ms, statistics p95 ≤ 300 ms, map p95 ≤ 300 ms and ≤ 300 KB gzipped,
// the periodic report (a year and a half-year of the whole province, with the period before) p95 ≤ 2 s.
//
// The inspections are realistic (the full checklist or a spot check answered, locations, notes),
// made by the demo-history generator and stored through the store's own putSubmissions (batches of
// 500): REVIEW_BENCH_STORE of them (10,000 by default), the rest bulk SQL copies of those under new
// ids with dates shifted back (bench/dataset.js), with the running totals recomputed by the store's
// rules. PostgreSQL runs when REVIEW_BENCH_DATABASE_URL or DATABASE_URL is a postgres:// URL (a
// schema of its own, dropped at the end); REVIEW_BENCH_STORES=sqlite,postgres picks.
//   REVIEW_BENCH_TOTAL=1000000 node bench/review.js   (or `npm run bench -- review`)
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { gzip } from 'node:zlib';
import Database from 'better-sqlite3';
import pg from 'pg';
import { BATCH, ensureBuild, generate, percentile, replicatePostgres } from './dataset.js';

const gzipAsync = promisify(gzip);
const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const buildDir = process.env.BUILD_OUT ?? 'build';
const TOTAL = Number(process.env.REVIEW_BENCH_TOTAL ?? 100_000);
/** Made through the store; the rest are bulk SQL copies of those. */
const THROUGH_STORE = Math.min(TOTAL, Number(process.env.REVIEW_BENCH_STORE ?? 10_000));
const REPEATS = Number(process.env.REVIEW_BENCH_REPEATS ?? 5);
const SAMPLES = 20;
const TARGETS = { queue: 50, detail: 50, stats: 300, map: 300, report: 2000 };
const MAP_TARGET_KB = 300;
const DAY = 24 * 60 * 60 * 1000;
const DATABASE_URL = [process.env.REVIEW_BENCH_DATABASE_URL, process.env.DATABASE_URL].find((u) => u?.startsWith('postgres'));
const STORES = (process.env.REVIEW_BENCH_STORES ?? 'sqlite,postgres').split(',').filter((s) => s === 'sqlite' || (s === 'postgres' && DATABASE_URL));
const PG_SCHEMA = process.env.REVIEW_BENCH_SCHEMA ?? 'review_bench';

/** @param {any} ops @param {'sqlite' | 'postgres'} kind */
async function openStore(ops, kind) {
	if (kind === 'sqlite') {
		const dir = mkdtempSync(join(tmpdir(), 'vhcv-review-bench-'));
		const file = join(dir, 'vhcv.sqlite');
		const store = ops.openSqliteStore({ file, photoDir: join(dir, 'photos') });
		const bare = () => new Database(file, { readonly: true });
		return {
			store,
			copier: file,
			/** A bare read of the given heads, for the reference case. */
			async reference() {
				const db = bare();
				const heads = db.prepare('SELECT * FROM inspection_heads WHERE inspection_id IN (SELECT value FROM json_each(?))');
				return { read: async (/** @type {string[]} */ ids) => heads.all(JSON.stringify(ids)), close: async () => db.close() };
			},
			async done() {
				await store.close();
				if (process.env.REVIEW_BENCH_KEEP === '1') console.log(`Kept ${file}`);
				else rmSync(dir, { recursive: true, force: true });
			}
		};
	}
	const admin = new pg.Client({ connectionString: DATABASE_URL });
	await admin.connect();
	await admin.query(`DROP SCHEMA IF EXISTS ${PG_SCHEMA} CASCADE; CREATE SCHEMA ${PG_SCHEMA}`);
	const store = await ops.openPostgresStore({ connectionString: DATABASE_URL, schema: PG_SCHEMA });
	const pool = new pg.Pool({ connectionString: DATABASE_URL, max: 2, options: `-c search_path=${PG_SCHEMA}` });
	return {
		store,
		copier: replicatePostgres(pool),
		async reference() {
			return {
				read: async (/** @type {string[]} */ ids) => (await pool.query('SELECT * FROM inspection_heads WHERE inspection_id = ANY($1::text[])', [ids])).rows,
				close: async () => {}
			};
		},
		async done() {
			await store.close();
			await pool.end();
			if (process.env.REVIEW_BENCH_KEEP === '1') console.log(`Kept schema ${PG_SCHEMA}`);
			else await admin.query(`DROP SCHEMA ${PG_SCHEMA} CASCADE`);
			await admin.end();
		}
	};
}

/** @param {any} ops @param {'sqlite' | 'postgres'} kind @param {Date} now */
async function benchStore(ops, kind, now) {
	const opened = await openStore(ops, kind);
	const { store } = opened;
	try {
		await store.putAgencies(ops.demoAgencies, now);
		for (const t of ops.publishedTemplates) await store.putTemplate(t, now);
		console.log(`\n[${kind}] Generating ${TOTAL} inspections (${THROUGH_STORE} through the store, the rest bulk SQL copies)…`);
		const generated = await generate(ops, store, now, opened.copier, TOTAL, THROUGH_STORE);
		console.log(`[${kind}] Generated ${generated.made} (${generated.throughStore} through the store in ${generated.viaStoreSeconds.toFixed(0)} s) in ${generated.seconds.toFixed(0)} s${generated.capped ? ' (capped)' : ''}.`);

		const admin = { id: 'bench-admin', username: 'admin', displayName: 'Admin', role: 'admin', jurisdictionId: null, disabled: false, createdAt: now.toISOString(), updatedAt: now.toISOString() };
		const commune = ops.demoAgencies.find((/** @type {any} */ a) => a.kind === 'commune');
		const supervisor = { ...admin, id: 'bench-sv', role: 'supervisor', jurisdictionId: ops.demoAgencies[0].id };
		const day = (/** @type {number} */ back) => new Date(now.getTime() - back * DAY).toISOString().slice(0, 10);
		// Typical filters a supervisor uses: the default view, waiting ones with violations of some
		// severity in the last quarter, one commune sorted by worst compliance, page 3 of flagged ones.
		const queueQueries = [{}, { status: 'sent', hasViolations: true, severity: 'major', from: day(90) }, { agency: commune.id, sort: 'rate-asc' }, { flags: ['far-from-agency'], page: 3, pageSize: 50 }];
		// Statistics: the whole province; dates that cut months (a quarter and a year, from and to mid-month); one commune over a cut year.
		const statsQueries = [new URLSearchParams(), new URLSearchParams({ from: day(100), to: day(10) }), new URLSearchParams({ from: day(380), to: day(17) }), new URLSearchParams({ from: day(380), to: day(17), agency: commune.id })];
		// The periodic report (issue 14): the whole province for a year and a half-year, with the period before.
		const reportQueries = [new URLSearchParams({ from: day(365), to: day(0) }), new URLSearchParams({ from: day(182), to: day(0) })];
		let r = 0;
		const reference = await opened.reference();
		/** @type {Record<string, number>} */
		const mapBytes = {};
		let q = 0;
		let d = 0;
		let s = 0;
		/** The filter the last queue or statistics case used, so a slow one can be named. */
		let lastQuery = '';
		/** @type {Record<string, number[]>} */
		const byQuery = {};
		/** @type {Record<string, () => Promise<unknown>>} */
		const cases = {
			queue: () => {
				lastQuery = JSON.stringify(queueQueries[q % queueQueries.length]);
				return ops.reviewQueue(store, supervisor, queueQueries[q++ % queueQueries.length]);
			},
			'queue (bare SELECT of the same rows)': async () => {
				const page = await ops.reviewQueue(store, supervisor, queueQueries[q % queueQueries.length]);
				const t0 = performance.now();
				await reference.read(page.items.map((/** @type {any} */ i) => i.id));
				return performance.now() - t0;
			},
			detail: () => ops.readInspection(store, admin, generated.ids[(d++ * 7919) % generated.ids.length], now),
			stats: () => {
				lastQuery = String(statsQueries[s % statsQueries.length]) || '(whole province)';
				return ops.readStats(store, supervisor, statsQueries[s++ % statsQueries.length]);
			},
			report: () => ops.periodicReport(store, supervisor, reportQueries[r++ % reportQueries.length]),
			// The endpoint's work: read, encode, serialise and gzip (what goes on the wire).
			map: async () => {
				const body = Buffer.from(JSON.stringify(await ops.readMapPoints(store, supervisor, new URLSearchParams())));
				const zipped = await gzipAsync(body);
				mapBytes.json = body.byteLength;
				mapBytes.gzip = zipped.byteLength;
			}
		};
		/** @type {Record<string, number[]>} */
		const times = Object.fromEntries(Object.keys(cases).map((k) => [k, []]));
		const names = Object.keys(cases);
		for (let round = 0; round <= REPEATS; round++) {
			const order = names.map((_, i) => names[(i + round) % names.length]);
			for (const name of order) {
				const samples = name === 'stats' ? 8 : name === 'map' ? 2 : SAMPLES;
				for (let k = 0; k < samples; k++) {
					const t0 = performance.now();
					const result = await cases[name]();
					// The queue's bare case times only its SELECT (the page's ids come from the real queue).
					const ms = typeof result === 'number' ? result : performance.now() - t0;
					if (round > 0) times[name].push(ms);
					if (round > 0 && (name === 'queue' || name === 'stats')) (byQuery[`${name} ${lastQuery}`] ??= []).push(ms);
				}
			}
		}
		await reference.close();
		// What the map sent before (every point as an object with its id and start, uncompressed), for the record.
		const markers = await store.reviewMapPoints({ agencyIds: null });
		const oldMapJson = Buffer.byteLength(
			JSON.stringify({ points: markers.map((/** @type {any} */ m) => ({ inspectionId: '0190a6b2-0000-7000-8000-000000000000', ...m, startedAt: now.toISOString() })) })
		);
		// The copies repeat the positions of the inspections made through the store, which flatters gzip:
		// the size per point of the distinct positions only, times the points, is what real data would send.
		const distinct = [...new Map(markers.map((/** @type {any} */ m) => [`${m.lat},${m.lng}`, m])).values()];
		const distinctGzip = (await gzipAsync(Buffer.from(JSON.stringify(ops.encodeMapMarkers(distinct))))).byteLength;
		mapBytes.distinctEstimate = Math.round((distinctGzip / Math.max(1, distinct.length)) * markers.length);
		const results = names.map((name) => {
			const key = /** @type {keyof typeof TARGETS} */ (name.split(' ')[0]);
			const p95 = percentile(times[name], 95);
			const bare = name.includes('bare');
			return {
				case: name,
				samples: times[name].length,
				p50Ms: Number(percentile(times[name], 50).toFixed(2)),
				p95Ms: Number(p95.toFixed(2)),
				targetP95Ms: bare ? null : TARGETS[key],
				pass: bare ? null : p95 <= TARGETS[key]
			};
		});
		console.log(`\n[${kind}] ${generated.made} inspections\ncase                                        p50 ms   p95 ms  target`);
		for (const r of results) {
			console.log(`${r.case.padEnd(42)} ${String(r.p50Ms).padStart(7)} ${String(r.p95Ms).padStart(8)}  ${r.targetP95Ms === null ? '' : `${r.targetP95Ms} ${r.pass ? 'pass' : 'FAIL'}`}`);
		}
		for (const [query, values] of Object.entries(byQuery)) {
			console.log(`  ${query.slice(0, 90).padEnd(90)} p50 ${percentile(values, 50).toFixed(1).padStart(7)}  p95 ${percentile(values, 95).toFixed(1).padStart(7)} ms`);
		}
		const mapKb = Math.max(mapBytes.gzip ?? 0, mapBytes.distinctEstimate ?? 0) / 1024;
		console.log(
			`map on the wire (${markers.length} points): ${((mapBytes.gzip ?? 0) / 1024).toFixed(0)} KB gzipped, ${((mapBytes.distinctEstimate ?? 0) / 1024).toFixed(0)} KB with every position distinct (${((mapBytes.json ?? 0) / 1024).toFixed(0)} KB of JSON; the old points as objects: ${(oldMapJson / 1024).toFixed(0)} KB)  target ${MAP_TARGET_KB} KB ${mapKb <= MAP_TARGET_KB ? 'pass' : 'FAIL'}`
		);
		return {
			store: kind,
			inspections: generated.made,
			throughStore: generated.throughStore,
			throughStoreSeconds: Number(generated.viaStoreSeconds.toFixed(1)),
			generationSeconds: Number(generated.seconds.toFixed(1)),
			generationCapped: generated.capped,
			map: { points: markers.length, gzipBytes: mapBytes.gzip, distinctPositionsGzipEstimate: mapBytes.distinctEstimate, jsonBytes: mapBytes.json, oldJsonBytes: oldMapJson, targetKb: MAP_TARGET_KB, pass: mapKb <= MAP_TARGET_KB },
			results,
			byQuery: Object.fromEntries(Object.entries(byQuery).map(([query, values]) => [query, { p50Ms: Number(percentile(values, 50).toFixed(2)), p95Ms: Number(percentile(values, 95).toFixed(2)) }]))
		};
	} finally {
		await opened.done();
	}
}

async function main() {
	ensureBuild(root, buildDir);
	const ops = await import(pathToFileURL(join(root, buildDir, 'operations.js')).href);
	const now = new Date();
	if (!STORES.includes('postgres')) console.log('PostgreSQL skipped: set REVIEW_BENCH_DATABASE_URL or DATABASE_URL to a postgres:// URL.');
	const stores = [];
	for (const kind of STORES) stores.push(await benchStore(ops, /** @type {'sqlite' | 'postgres'} */ (kind), now));
	const out = join(root, 'bench', 'results');
	mkdirSync(out, { recursive: true });
	writeFileSync(
		join(out, 'review.json'),
		JSON.stringify(
			{
				measuredAt: now.toISOString(),
				method: `Per store (SQLite WAL + synchronous=FULL in a temporary DATA_DIR; PostgreSQL in a schema of its own): ${TOTAL} inspections, ${THROUGH_STORE} generated through putSubmissions in batches of ${BATCH}, the rest bulk SQL copies of those with new ids and dates shifted back (running totals recomputed by the store's rules); the server's own reviewQueue / readInspection / readStats / readMapPoints called in-process (no HTTP; the map JSON-serialised and gzipped as the endpoint does); 1 warm-up round + ${REPEATS} measured rounds, order rotating, next to a bare SELECT of a queue page's rows`,
				stores
			},
			null,
			'\t'
		) + '\n'
	);
	console.log('Written bench/results/review.json');
}

await main();
