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
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import Database from 'better-sqlite3';
import { buildIsStale } from '../scripts/freshness.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const buildDir = process.env.BUILD_OUT ?? 'build';
const TOTAL = Number(process.env.REVIEW_BENCH_TOTAL ?? 100_000);
const BATCH = 500;
/** Made through the store (all by default); REVIEW_BENCH_STORE below TOTAL makes the rest as bulk SQL copies, for a quick run. */
const THROUGH_STORE = Number(process.env.REVIEW_BENCH_STORE ?? TOTAL);
const GENERATION_CAP_MS = 10 * 60 * 1000;
const REPEATS = Number(process.env.REVIEW_BENCH_REPEATS ?? 5);
const SAMPLES = 20;
const TARGETS = { queue: 50, detail: 50, stats: 300 };
const DAY = 24 * 60 * 60 * 1000;

/** @param {number[]} values @param {number} p */
function percentile(values, p) {
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
}

function ensureBuild() {
	if (!buildIsStale(root, buildDir) && existsSync(join(root, buildDir, 'operations.js'))) return;
	console.log(`Building into ${buildDir}/ …`);
	const vite = join(dirname(createRequire(import.meta.url).resolve('vite/package.json')), 'bin', 'vite.js');
	const result = spawnSync(process.execPath, [vite, 'build'], { cwd: root, stdio: 'inherit', env: { ...process.env, BUILD_OUT: buildDir } });
	if (result.status !== 0) throw new Error('vite build failed');
}

/** @param {any} ops @param {any} store @param {Date} now @param {string} file */
async function generate(ops, store, now, file) {
	const random = ops.prng(42);
	const agencies = ops.demoAgencies.filter((/** @type {any} */ a) => a.parentId !== null);
	const [full, spot] = ops.publishedTemplates;
	const inspectors = [];
	for (let i = 0; i < 20; i++) {
		inspectors.push(await store.createUser({ username: `bench.${i}`, displayName: `Người kiểm tra ${i}`, role: 'inspector', jurisdictionId: null, passwordHash: '!' }, now));
	}
	const supervisor = await store.createUser({ username: 'bench.gs', displayName: 'Giám sát', role: 'supervisor', jurisdictionId: ops.demoAgencies[0].id, passwordHash: '!' }, now);
	const quality = new Map(agencies.map((/** @type {any} */ a) => [a.id, 0.5 + random() * 0.45]));
	const started = Date.now();
	let made = 0;
	/** @type {string[]} */
	const ids = [];
	const base = Math.min(TOTAL, THROUGH_STORE);
	while (made < base && Date.now() - started < GENERATION_CAP_MS) {
		const batch = [];
		for (let i = 0; i < BATCH && made + i < base; i++) {
			const agency = agencies[Math.floor(random() * agencies.length)];
			const inspector = inspectors[Math.floor(random() * inspectors.length)];
			const startedAt = new Date(now.getTime() - random() * 3 * 365 * DAY);
			batch.push(
				ops.historyInspection({
					id: ops.seededUuid(random),
					revision: 1,
					template: random() < 0.7 ? full : spot,
					agency,
					inspector: { id: inspector.id, name: inspector.displayName },
					startedAt,
					quality: quality.get(agency.id) ?? 0.8,
					random
				})
			);
		}
		await store.putSubmissions(batch, now);
		for (const b of batch) ids.push(b.inspectionId);
		made += batch.length;
		if (made % 10_000 === 0) console.log(`  ${made} inspections (${((Date.now() - started) / 1000).toFixed(0)} s)`);
	}
	const throughStore = made;
	const viaStoreSeconds = (Date.now() - started) / 1000;
	made += replicate(file, made, TOTAL - made);
	// Some decisions, with their recommendations, so the detail and the status filters have them.
	for (let i = 0; i < 2000 && i < ids.length; i++) {
		const id = ids[Math.floor(random() * ids.length)];
		const submission = await store.getSubmission(id);
		if (!submission || submission.status !== 'sent') continue;
		const template = await store.getTemplate(submission.templateId, submission.templateVersion);
		const approve = random() < 0.7;
		await store.appendEvent(
			{ inspectionId: id, revision: 1, actorId: supervisor.id, action: approve ? 'approved' : 'returned', comment: approve ? '' : 'Bổ sung', itemComments: {} },
			now,
			approve ? 'approved' : 'returned',
			approve ? ops.recommendationsFromApproval(submission, template, {}, supervisor.id, now) : []
		);
	}
	return { made, throughStore, viaStoreSeconds, seconds: (Date.now() - started) / 1000, ids, capped: made < TOTAL };
}

/**
 * Copies the stored inspections (submissions, head rows with their findings) under new ids, each copy
 * shifted back by a few days, until `count` more exist; then recomputes finding_totals from the
 * findings with the same rule the store applies on every write. Returns how many were added.
 * @param {string} file @param {number} have @param {number} count
 */
function replicate(file, have, count) {
	if (count <= 0 || have === 0) return 0;
	const db = new Database(file);
	db.pragma('journal_mode = WAL');
	let added = 0;
	// Only the inspections made through the store are copied, never a copy.
	db.exec('CREATE TEMP TABLE base AS SELECT inspection_id FROM inspection_heads ORDER BY inspection_id');
	const copy = db.transaction((/** @type {number} */ k, /** @type {number} */ limit) => {
		const id = `printf('%08x', ${k}) || substr(inspection_id, 9)`;
		const shift = `'-${(k * 11) % 400} days'`;
		const pick = `SELECT inspection_id FROM base LIMIT ${limit}`;
		db.exec(`INSERT INTO submissions SELECT ${id}, revision, inspector_id, agency_id, template_id, template_version, status, content, content_hash, device_time, received_at, change_seq + ${k * 10_000_000}
			FROM submissions WHERE inspection_id IN (${pick})`);
		db.exec(`INSERT INTO inspection_heads SELECT ${id}, revision, status, agency_id, inspector_id, inspector_name, template_id, template_version,
			strftime('%Y-%m-%dT%H:%M:%fZ', started_at, ${shift}), date(started_date, ${shift}), finished_at, received_at, compliance_rate, weighted_score,
			compliant, violations, max_severity, flag_far, flag_manual, flag_suspect, flag_no_location, lat, lng, outcomes
			FROM inspection_heads WHERE inspection_id IN (${pick})`);
	});
	for (let k = 1; added < count; k++) {
		const limit = Math.min(have, count - added);
		copy(k, limit);
		added += limit;
	}
	db.exec(`DELETE FROM finding_totals;
		INSERT INTO finding_totals SELECT h.agency_id, substr(h.started_date, 1, 7), f.item_id, min(f.theme), min(f.severity), max(f.item_text),
			sum(substr(h.outcomes, f.ordinal, 1) = 'c'), sum(substr(h.outcomes, f.ordinal, 1) = 'v')
		FROM inspection_heads h JOIN template_items f ON f.template_id = h.template_id AND f.template_version = h.template_version
		WHERE substr(h.outcomes, f.ordinal, 1) IN ('c', 'v') GROUP BY 1, 2, 3;
		ANALYZE;`);
	db.close();
	return added;
}

async function main() {
	ensureBuild();
	const ops = await import(pathToFileURL(join(root, buildDir, 'operations.js')).href);
	const dir = mkdtempSync(join(tmpdir(), 'vhcv-review-bench-'));
	const file = join(dir, 'vhcv.sqlite');
	const store = ops.openSqliteStore({ file, photoDir: join(dir, 'photos') });
	const now = new Date();
	try {
		await store.putAgencies(ops.demoAgencies, now);
		for (const t of ops.publishedTemplates) await store.putTemplate(t, now);
		console.log(`Generating ${TOTAL} inspections through the store…`);
		const generated = await generate(ops, store, now, file);
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
