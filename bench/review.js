// Review reads at scale (docs/performance.md, design 5): with 100,000 generated inspections in
// SQLite, the review queue with typical filters, one inspection's detail and the statistics, each
// next to a bare SELECT reading the same rows, in the same run, interleaved (the order rotates every
// round), one warm-up round then REPEATS measured rounds of SAMPLES calls each; p50 and p95 over all
// measured calls. Targets: queue and detail p95 ≤ 50 ms, statistics p95 ≤ 300 ms.
//
// The inspections are realistic (the full checklist or a spot check answered, locations, notes),
// made by the demo-history generator and stored through the store's own putSubmissions (batches of
// 500, WAL + synchronous=FULL), so the derived rows are exactly what the server writes. Generation
// stops at GENERATION_CAP_MS and the report says how many were made.
//   node bench/review.js   (or `npm run bench`, which runs it last)
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import Database from 'better-sqlite3';
import { BATCH, ensureBuild, generate, percentile } from './dataset.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const buildDir = process.env.BUILD_OUT ?? 'build';
const TOTAL = Number(process.env.REVIEW_BENCH_TOTAL ?? 100_000);
/** Made through the store (all by default); REVIEW_BENCH_STORE below TOTAL makes the rest as bulk SQL copies, for a quick run. */
const THROUGH_STORE = Number(process.env.REVIEW_BENCH_STORE ?? TOTAL);
const REPEATS = Number(process.env.REVIEW_BENCH_REPEATS ?? 5);
const SAMPLES = 20;
const TARGETS = { queue: 50, detail: 50, stats: 300 };
const DAY = 24 * 60 * 60 * 1000;

async function main() {
	ensureBuild(root, buildDir);
	const ops = await import(pathToFileURL(join(root, buildDir, 'operations.js')).href);
	const dir = mkdtempSync(join(tmpdir(), 'vhcv-review-bench-'));
	const file = join(dir, 'vhcv.sqlite');
	const store = ops.openSqliteStore({ file, photoDir: join(dir, 'photos') });
	const now = new Date();
	try {
		await store.putAgencies(ops.demoAgencies, now);
		for (const t of ops.publishedTemplates) await store.putTemplate(t, now);
		console.log(`Generating ${TOTAL} inspections through the store…`);
		const generated = await generate(ops, store, now, file, TOTAL, THROUGH_STORE);
		console.log(`Generated ${generated.made} (${generated.throughStore} through the store in ${generated.viaStoreSeconds.toFixed(0)} s, the rest copied in SQL) in ${generated.seconds.toFixed(0)} s${generated.capped ? ' (capped)' : ''}.`);

		const admin = { id: 'bench-admin', username: 'admin', displayName: 'Admin', role: 'admin', jurisdictionId: null, disabled: false, createdAt: now.toISOString(), updatedAt: now.toISOString() };
		const commune = ops.demoAgencies.find((/** @type {any} */ a) => a.kind === 'commune');
		const supervisor = { ...admin, id: 'bench-sv', role: 'supervisor', jurisdictionId: ops.demoAgencies[0].id };
		const from = new Date(now.getTime() - 90 * DAY).toISOString().slice(0, 10);
		// Typical filters a supervisor uses: the default view, waiting ones with violations of some
		// severity in the last quarter, one commune sorted by worst compliance, page 3 of flagged ones.
		const queueQueries = [
			{},
			{ status: 'sent', hasViolations: true, severity: 'major', from },
			{ agency: commune.id, sort: 'rate-asc' },
			{ flags: ['far-from-agency'], page: 3, pageSize: 50 }
		];
		const bare = new Database(file, { readonly: true });
		const bareHeads = bare.prepare(`SELECT * FROM inspection_heads WHERE inspection_id IN (SELECT value FROM json_each(?))`);
		const bareSubmission = bare.prepare('SELECT * FROM submissions WHERE inspection_id = ? ORDER BY revision');
		const bareEvents = bare.prepare('SELECT * FROM review_events WHERE inspection_id = ? ORDER BY id');
		// The statistics read the running totals (items, themes, top violations) and the head rows (agencies, months).
		const bareTotals = bare.prepare('SELECT * FROM finding_totals');
		const bareHeadsAll = bare.prepare('SELECT agency_id, started_date, compliance_rate, violations, compliant FROM inspection_heads');
		let q = 0;
		let d = 0;
		/** @type {Record<string, () => Promise<unknown> | unknown>} */
		const cases = {
			queue: async () => {
				const query = queueQueries[q++ % queueQueries.length];
				return ops.reviewQueue(store, supervisor, query);
			},
			'queue (bare SELECT of the same rows)': async () => {
				const page = await ops.reviewQueue(store, supervisor, queueQueries[q % queueQueries.length]);
				const t0 = performance.now();
				bareHeads.all(JSON.stringify(page.items.map((/** @type {any} */ i) => i.id)));
				return performance.now() - t0;
			},
			detail: () => ops.readInspection(store, admin, generated.ids[(d++ * 7919) % generated.ids.length], now),
			'detail (bare SELECT of the same rows)': () => {
				const id = generated.ids[(d * 7919) % generated.ids.length];
				bareSubmission.all(id);
				bareEvents.all(id);
			},
			stats: () => ops.readStats(store, supervisor, new URLSearchParams()),
			'stats (bare SELECT of the same rows)': () => {
				bareTotals.all();
				bareHeadsAll.all();
			}
		};
		/** @type {Record<string, number[]>} */
		const times = Object.fromEntries(Object.keys(cases).map((k) => [k, []]));
		const names = Object.keys(cases);
		for (let round = 0; round <= REPEATS; round++) {
			const order = names.map((_, i) => names[(i + round) % names.length]);
			for (const name of order) {
				for (let s = 0; s < (name.startsWith('stats') ? Math.ceil(SAMPLES / 4) : SAMPLES); s++) {
					const t0 = performance.now();
					const result = await cases[name]();
					// The queue's bare case times only its SELECT (the page's ids come from the real queue).
					const ms = typeof result === 'number' ? result : performance.now() - t0;
					if (round > 0) times[name].push(ms);
				}
			}
		}
		bare.close();
		const results = names.map((name) => {
			const key = /** @type {keyof typeof TARGETS} */ (name.split(' ')[0]);
			const p95 = percentile(times[name], 95);
			return {
				case: name,
				samples: times[name].length,
				p50Ms: Number(percentile(times[name], 50).toFixed(2)),
				p95Ms: Number(p95.toFixed(2)),
				targetP95Ms: name.includes('bare') ? null : TARGETS[key],
				pass: name.includes('bare') ? null : p95 <= TARGETS[key]
			};
		});
		console.log('\ncase                                        p50 ms   p95 ms  target');
		for (const r of results) {
			console.log(`${r.case.padEnd(42)} ${String(r.p50Ms).padStart(7)} ${String(r.p95Ms).padStart(8)}  ${r.targetP95Ms === null ? '' : `${r.targetP95Ms} ${r.pass ? 'pass' : 'FAIL'}`}`);
		}
		const out = join(root, 'bench', 'results');
		mkdirSync(out, { recursive: true });
		writeFileSync(
			join(out, 'review.json'),
			JSON.stringify(
				{
					measuredAt: now.toISOString(),
					method: `SQLite (WAL, synchronous=FULL) in a temporary DATA_DIR; ${generated.made} inspections: ${generated.throughStore} generated through putSubmissions in batches of ${BATCH}, the rest bulk SQL copies of those with new ids and dates shifted back (finding_totals recomputed by the store's rule); the server's own reviewQueue / readInspection / readStats called in-process (no HTTP); 1 warm-up round + ${REPEATS} measured rounds, order rotating, each case next to a bare better-sqlite3 SELECT of the same rows`,
					inspections: generated.made,
					throughStore: generated.throughStore,
					throughStoreSeconds: Number(generated.viaStoreSeconds.toFixed(1)),
					generationSeconds: Number(generated.seconds.toFixed(1)),
					generationCapped: generated.capped,
					results
				},
				null,
				'\t'
			) + '\n'
		);
		console.log('Written bench/results/review.json');
	} finally {
		await store.close();
		// REVIEW_BENCH_KEEP=1 keeps the database for a closer look (EXPLAIN QUERY PLAN).
		if (process.env.REVIEW_BENCH_KEEP === '1') console.log(`Kept ${file}`);
		else rmSync(dir, { recursive: true, force: true });
	}
}

await main();
