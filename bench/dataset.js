// The generated province the review and export benchmarks read: inspections made by the demo-history
// generator and stored through the store's own putSubmissions (batches of BATCH, WAL +
// synchronous=FULL), so the derived rows are exactly what the server writes; past `throughStore`,
// bulk SQL copies of those under new ids with dates shifted back (quick runs). Some are approved or
// returned, with recommendations, so status filters and details have them.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import Database from 'better-sqlite3';
import { buildIsStale } from '../scripts/freshness.js';

export const BATCH = 500;

/** @param {number[]} values @param {number} p */
export function percentile(values, p) {
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
}

/** Builds the app (with build/operations.js) into `buildDir` unless it is up to date. @param {string} root @param {string} buildDir */
export function ensureBuild(root, buildDir) {
	if (!buildIsStale(root, buildDir) && existsSync(join(root, buildDir, 'operations.js'))) return;
	console.log(`Building into ${buildDir}/ …`);
	const vite = join(dirname(createRequire(import.meta.url).resolve('vite/package.json')), 'bin', 'vite.js');
	const result = spawnSync(process.execPath, [vite, 'build'], { cwd: root, stdio: 'inherit', env: { ...process.env, BUILD_OUT: buildDir } });
	if (result.status !== 0) throw new Error('vite build failed');
}
const GENERATION_CAP_MS = 10 * 60 * 1000;
const DAY = 24 * 60 * 60 * 1000;

/**
 * @param {any} ops build/operations.js
 * @param {any} store an open SQLite store with the catalog in it
 * @param {Date} now
 * @param {string | ((have: number, count: number) => Promise<number>)} file the SQLite store's database file, or the bulk copier of another store (replicatePostgres)
 * @param {number} total inspections wanted
 * @param {number} throughStoreWanted how many of them through putSubmissions (the rest copied in SQL)
 */
export async function generate(ops, store, now, file, total, throughStoreWanted = total) {
	const random = ops.prng(42);
	const agencies = ops.demoAgencies.filter((/** @type {any} */ a) => a.parentId !== null);
	const [full, spot] = ops.publishedTemplates;
	const inspectors = [];
	for (let i = 0; i < 20; i++) {
		inspectors.push(await store.createUser({ username: `bench.${i}`, displayName: `Người kiểm tra ${i}`, role: 'inspector', jurisdictionId: null, passwordHash: '!' }, now));
	}
	// Each made-up inspector signs with a registered device key, as the demo history does.
	const signers = new Map();
	for (const inspector of inspectors) signers.set(inspector.id, await ops.registerSeedSigner(store, inspector.id, now));
	const supervisor = await store.createUser({ username: 'bench.gs', displayName: 'Giám sát', role: 'supervisor', jurisdictionId: ops.demoAgencies[0].id, passwordHash: '!' }, now);
	const quality = new Map(agencies.map((/** @type {any} */ a) => [a.id, 0.5 + random() * 0.45]));
	const started = Date.now();
	let made = 0;
	/** @type {string[]} */
	const ids = [];
	const base = Math.min(total, throughStoreWanted);
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
					signer: signers.get(inspector.id),
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
	made += typeof file === 'string' ? replicate(file, made, total - made) : await file(made, total - made);
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
	return { made, throughStore, viaStoreSeconds, seconds: (Date.now() - started) / 1000, ids, capped: made < total };
}

/**
 * Copies the stored inspections (submissions, head rows with their findings) under new ids, each copy
 * shifted back by a few days, until `count` more exist; then recomputes finding_totals from the
 * findings with the same rule the store applies on every write (head_totals follows the heads through
 * the store's own triggers). Returns how many were added.
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
		const shift = `'-${COPY_SHIFT_DAYS(k)} days'`;
		const pick = `SELECT inspection_id FROM base LIMIT ${limit}`;
		db.exec(`INSERT INTO submissions SELECT ${id}, revision, inspector_id, agency_id, template_id, template_version, status, content, content_hash, device_time, received_at, change_seq + ${k * 10_000_000}
			FROM submissions WHERE inspection_id IN (${pick})`);
		db.exec(`INSERT INTO inspection_heads SELECT ${id}, revision, status, agency_id, inspector_id, inspector_name, template_id, template_version,
			strftime('%Y-%m-%dT%H:%M:%fZ', started_at, ${shift}), date(started_date, ${shift}), finished_at, received_at, compliance_rate, weighted_score,
			compliant, violations, max_severity, flag_far, flag_manual, flag_suspect, flag_no_location, lat, lng, outcomes, flag_photo
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


const COPY_SHIFT_DAYS = (/** @type {number} */ k) => (k * 11) % 400;

/**
 * The same bulk copy as `replicate`, for PostgreSQL: each round copies the inspections made through
 * the store under new ids (the round number in the id's first 8 hex digits), shifted back by a few
 * days. The head_totals trigger is switched off for the copy and the totals recomputed after it with
 * the migration's own statement (one pass instead of a trigger call per row); finding_totals likewise
 * by the store's rule. Returns a function for `generate`.
 * @param {import('pg').Pool} pool a pool working in the store's schema
 */
export function replicatePostgres(pool) {
	return async (/** @type {number} */ have, /** @type {number} */ count) => {
		if (count <= 0 || have === 0) return 0;
		const client = await pool.connect();
		try {
			// The write amplification of the running totals while the store itself wrote them (before the copy).
			await client.query('SELECT pg_stat_force_next_flush()').catch(() => {});
			const { rows } = await client.query(`SELECT relname, n_tup_upd, n_tup_hot_upd, pg_relation_size(relid) AS table_bytes, pg_indexes_size(relid) AS index_bytes
				FROM pg_stat_user_tables WHERE schemaname = current_schema() AND relname IN ('finding_totals', 'head_totals', 'inspection_heads')`);
			for (const r of rows) console.log(`  ${r.relname}: ${r.n_tup_upd} updates, ${r.n_tup_hot_upd} HOT; table ${(r.table_bytes / 1048576).toFixed(1)} MB, indexes ${(r.index_bytes / 1048576).toFixed(1)} MB (${have} inspections through the store)`);
			await client.query('CREATE TEMP TABLE base AS SELECT inspection_id FROM inspection_heads ORDER BY inspection_id');
			await client.query('ALTER TABLE inspection_heads DISABLE TRIGGER head_totals_track');
			let added = 0;
			for (let k = 1; added < count; k++) {
				const limit = Math.min(have, count - added);
				const id = `lpad(to_hex(${k}), 8, '0') || substr(inspection_id, 9)`;
				const days = COPY_SHIFT_DAYS(k);
				const pick = `SELECT inspection_id FROM base ORDER BY inspection_id LIMIT ${limit}`;
				await client.query('BEGIN');
				await client.query(`INSERT INTO submissions SELECT ${id}, revision, inspector_id, agency_id, template_id, template_version, status, content, content_hash, device_time, received_at, change_seq + ${k * 10_000_000}
					FROM submissions WHERE inspection_id IN (${pick})`);
				await client.query(`INSERT INTO inspection_heads (inspection_id, revision, status, agency_id, inspector_id, inspector_name, template_id, template_version, started_at, started_date,
						finished_at, received_at, compliance_rate, weighted_score, compliant, violations, max_severity, flag_far, flag_manual, flag_suspect, flag_no_location, lat, lng, outcomes, flag_photo)
					SELECT ${id}, revision, status, agency_id, inspector_id, inspector_name, template_id, template_version,
						to_char((started_at::timestamptz - interval '${days} days') AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'), (started_date::date - ${days})::text,
						finished_at, received_at, compliance_rate, weighted_score, compliant, violations, max_severity, flag_far, flag_manual, flag_suspect, flag_no_location, lat, lng, outcomes, flag_photo
					FROM inspection_heads WHERE inspection_id IN (${pick})`);
				await client.query('COMMIT');
				added += limit;
				if (k % 20 === 0) console.log(`  ${have + added} inspections`);
			}
			await client.query('ALTER TABLE inspection_heads ENABLE TRIGGER head_totals_track');
			await client.query(`BEGIN;
				DELETE FROM head_totals;
				INSERT INTO head_totals
				SELECT agency_id, substr(started_date, 1, 7), status, template_id, template_version, max_severity, (violations > 0)::integer,
					count(*), count(compliance_rate), coalesce(sum(compliance_rate), 0), sum(violations), sum(compliant)
				FROM inspection_heads GROUP BY 1, 2, 3, 4, 5, 6, 7;
				DELETE FROM finding_totals;
				INSERT INTO finding_totals SELECT h.agency_id, substr(h.started_date, 1, 7), f.item_id, min(f.theme), min(f.severity), max(f.item_text),
					sum((substr(h.outcomes, f.ordinal, 1) = 'c')::integer), sum((substr(h.outcomes, f.ordinal, 1) = 'v')::integer)
				FROM inspection_heads h JOIN template_items f ON f.template_id = h.template_id AND f.template_version = h.template_version
				WHERE substr(h.outcomes, f.ordinal, 1) IN ('c', 'v') GROUP BY 1, 2, 3;
				COMMIT;`);
			await client.query('VACUUM (ANALYZE) inspection_heads, head_totals, finding_totals');
			return added;
		} finally {
			client.release();
		}
	};
}
