// A province's phones syncing at once, against the built server (issue 11): 100 phones, each with a
// backlog of finalized inspections (one photo each), do what the phone does (client/sync): ask which
// photos the server lacks → upload them → push the batch (gzipped, signed records) → pull. Meanwhile
// a supervisor reads the review queue every QUEUE_EVERY_MS. Then every phone sends its batch again
// (an answer lost on a bad network): all must come back 'duplicate'. Rows are counted in the database
// afterwards: exactly one per inspection sent, none missing, none twice.
//
// Scenarios, in one run: SQLite with one server; PostgreSQL with one server, then two servers on one
// database (phones split between them, as behind a load balancer). Reported: inspections per second
// over the burst (first request to last phone done), push and queue-read percentiles, and the
// two-server / one-server ratio. The client runs on the same machine as the servers and the database
// (2 cores here, shared): the ratio says how far a second server helps on this machine, not on two.
//   npm run bench -- sync     (SYNC_PHONES, SYNC_BACKLOG, SYNC_PG_URL, SYNC_SCENARIOS=sqlite,pg1,pg2 override the defaults;
//   SYNC_SERVER_PROFILE=<dir> writes a CPU profile of the SQLite server there)
import { randomBytes, randomUUID } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import Database from 'better-sqlite3';
import pg from 'pg';
import { ensureBuild } from './ingest.js';
import { benchPhoto } from './ingest/photo.js';
import { PASSWORD, startApp } from './ingest/processes.js';
import { recordFactory, wire } from './ingest/records.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const buildDir = process.env.BUILD_OUT ?? 'build';
const PHONES = Number(process.env.SYNC_PHONES ?? 100);
const BACKLOG = Number(process.env.SYNC_BACKLOG ?? 20);
/** Smaller than a real photo (150–400 KB) so 2,000 of them fit this machine's disk and time; the path is the same. */
const PHOTO_BYTES = 20_000;
const QUEUE_EVERY_MS = 100;
const PG_URL = process.env.SYNC_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
/** An account may have 20 device keys: ten inspectors with ten phones each. */
const INSPECTORS = 10;
const TARGETS = { scaleOut: 1.7, pushP95Ms: 1000, queueP95Ms: 250 };

/** Requests sent again after a network error, over the whole run. */
let networkRetries = 0;
/** What the server said to the first record it refused, if any. */
let firstRefusal = '';

/** @param {number[]} values @param {number} q */
function percentile(values, q) {
	if (values.length === 0) return Number.NaN;
	const sorted = [...values].sort((a, b) => a - b);
	return /** @type {number} */ (sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)]);
}

/**
 * One HTTP exchange as the app's code makes it (fetch keeps a pool of connections per origin).
 * @param {string} url @param {RequestInit & { headers: Record<string, string> }} init
 */
async function call(url, init) {
	let response;
	for (let attempt = 1; ; attempt++) {
		try {
			response = await fetch(url, init);
			break;
		} catch (error) {
			// A connection reset (a kept-alive socket closed as it was reused, a loaded machine): the phone
			// tries again, which every sync request allows (a push already stored answers 'duplicate').
			if (attempt >= 3) throw error;
			networkRetries += 1;
		}
	}
	const text = await response.text();
	if (!response.ok) throw new Error(`${init.method ?? 'GET'} ${url}: ${response.status} ${text.slice(0, 200)}`);
	return text ? JSON.parse(text) : null;
}

/** @param {string} origin @param {string} username */
async function signIn(origin, username) {
	const response = await fetch(`${origin}/api/auth/login`, {
		method: 'POST',
		headers: { 'content-type': 'application/json', origin },
		body: JSON.stringify({ username, password: PASSWORD })
	});
	if (!response.ok) throw new Error(`login ${username}: ${response.status} ${await response.text()}`);
	const { user } = await response.json();
	return { id: /** @type {string} */ (user.id), name: /** @type {string} */ (user.displayName), cookie: (response.headers.get('set-cookie') ?? '').split(';')[0] ?? '' };
}

/**
 * A phone's device key, registered on its server as the phone does at sign-in.
 * @param {string} origin @param {Record<string, string>} headers
 */
async function registerDevice(origin, headers) {
	const { generateKeyPairSync, sign } = await import('node:crypto');
	const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
	const jwk = publicKey.export({ format: 'jwk' });
	const deviceId = randomUUID();
	await call(`${origin}/api/devices`, {
		method: 'POST',
		headers: { 'content-type': 'application/json', ...headers },
		body: JSON.stringify({ id: deviceId, publicKey: { kty: 'EC', crv: 'P-256', x: jwk.x, y: jwk.y }, label: 'Bench phone' })
	});
	return { deviceId, sign: (/** @type {string} */ text) => sign('sha256', Buffer.from(text), { key: privateKey, dsaEncoding: 'ieee-p1363' }).toString('base64url') };
}

/**
 * Inspector accounts `bench01`…, copies of the demo inspector thanhtra1 (same password), written
 * straight into the database: there is no account API, and `npm run user` asks for each password.
 * @param {(sql: string, params: unknown[]) => Promise<unknown>} run a statement with `?` placeholders
 */
async function addInspectors(run) {
	const names = Array.from({ length: INSPECTORS }, (_, i) => `bench${String(i + 1).padStart(2, '0')}`);
	for (const name of names) {
		await run(
			`INSERT INTO users (id, username, username_key, display_name, role, jurisdiction_id, password_hash, disabled, created_at, updated_at)
			 SELECT ?, ?, ?, ?, role, jurisdiction_id, password_hash, disabled, created_at, updated_at FROM users WHERE username = 'thanhtra1'`,
			[randomUUID(), name, name, `Thanh tra ${name}`]
		);
	}
	return names;
}

/**
 * The servers of one scenario, ready, with their phones' records made and signed before the clock starts.
 * @param {{ name: string, servers: { origin: string }[], addInspectors: () => Promise<string[]> }} setup @param {any} ops
 */
async function preparePhones(setup, ops) {
	const first = /** @type {{ origin: string }} */ (setup.servers[0]);
	const inspectors = [];
	for (const username of await setup.addInspectors()) inspectors.push(await signIn(first.origin, username));
	const supervisor = await signIn(first.origin, 'giamsat.tinh');
	const catalog = await call(`${first.origin}/api/catalog`, { headers: {} });
	const template = catalog.templates.find((/** @type {any} */ t) => t.id === 'van-hoa-cong-vu');
	/** @type {string[]} */
	const agencies = catalog.agencies.map((/** @type {any} */ a) => a.id);
	const phones = [];
	for (let i = 0; i < PHONES; i++) {
		const server = /** @type {{ origin: string }} */ (setup.servers[i % setup.servers.length]);
		const inspector = /** @type {{ id: string, name: string, cookie: string }} */ (inspectors[i % inspectors.length]);
		const headers = { cookie: inspector.cookie, origin: server.origin };
		const signer = await registerDevice(server.origin, headers);
		// Phones work in different agencies, as a province's inspectors do (one agency per phone here).
		const make = recordFactory(ops, template, inspector, agencies[(i * 7) % agencies.length] ?? 'so-noi-vu', signer);
		// One more, synced before the clock starts: the phone's first sync warms the server's caches
		// (device key, template, prepared statements, JIT) as a day's first syncs do.
		const records = Array.from({ length: BACKLOG + 1 }, () => {
			const bytes = benchPhoto(PHOTO_BYTES);
			return { record: make([bytes]), bytes };
		});
		phones.push({ origin: server.origin, headers, records, cursor: '' });
	}
	return { phones, supervisor: { cookie: supervisor.cookie, origin: first.origin } };
}

/**
 * One phone's sync, as client/sync does it: missing photos → uploads → push (one batch: the backlog
 * is below MAX_PUSH_BATCH) → pull.
 * @param {any} phone @param {number[]} pushMs
 */
async function syncPhone(phone, pushMs) {
	const hashes = phone.records.map((/** @type {any} */ r) => r.record.photos[0].sha256);
	const { missing } = await call(`${phone.origin}/api/photos/missing`, {
		method: 'POST',
		headers: { 'content-type': 'application/json', ...phone.headers },
		body: JSON.stringify({ hashes })
	});
	for (const hash of missing) {
		const bytes = phone.records[hashes.indexOf(hash)].bytes;
		await call(`${phone.origin}/api/photos/${hash}`, { method: 'PUT', headers: { 'content-type': 'image/jpeg', ...phone.headers }, body: bytes });
	}
	const body = gzipSync(JSON.stringify({ items: phone.records.map((/** @type {any} */ r) => wire(r.record)) }));
	const started = performance.now();
	const { results } = await call(`${phone.origin}/api/sync/push`, {
		method: 'POST',
		headers: { 'content-type': 'application/json', 'content-encoding': 'gzip', accept: 'application/json', ...phone.headers },
		body
	});
	pushMs.push(performance.now() - started);
	const pulled = await call(`${phone.origin}/api/sync/pull?cursor=${encodeURIComponent(phone.cursor)}`, { headers: { accept: 'application/json', ...phone.headers } });
	phone.cursor = pulled.cursor;
	for (const r of /** @type {any[]} */ (results)) {
		// The first refusal's reason, once: a bench whose records the server refuses measures nothing.
		if (r.outcome === 'rejected' && !firstRefusal) firstRefusal = JSON.stringify(r).slice(0, 300);
	}
	return /** @type {any[]} */ (results).map((r) => r.outcome);
}

/** The supervisor's queue, read again and again until `done` resolves. @param {any} supervisor @param {Promise<unknown>} done */
async function readQueueUntil(supervisor, done) {
	/** @type {number[]} */
	const ms = [];
	let finished = false;
	done.finally(() => (finished = true));
	while (!finished) {
		const started = performance.now();
		await call(`${supervisor.origin}/api/review/queue?status=sent&page=1`, { headers: { cookie: supervisor.cookie, accept: 'application/json' } });
		ms.push(performance.now() - started);
		await new Promise((r) => setTimeout(r, QUEUE_EVERY_MS));
	}
	return ms;
}

/**
 * @param {{ name: string, servers: { origin: string }[], count: () => Promise<{ rows: number, distinct: number }>, addInspectors: () => Promise<string[]> }} setup @param {any} ops
 */
async function runScenario(setup, ops) {
	const { phones, supervisor } = await preparePhones(setup, ops);
	const warmUp = phones.map((phone) => ({ ...phone, records: phone.records.splice(0, 1) }));
	await Promise.all(warmUp.map((phone) => syncPhone(phone, [])));
	for (const [i, phone] of phones.entries()) phone.cursor = warmUp[i]?.cursor ?? '';
	const before = await setup.count();
	/** @type {number[]} */
	const pushMs = [];
	const started = performance.now();
	const burst = Promise.all(phones.map((phone) => syncPhone(phone, pushMs)));
	const [outcomes, queueMs] = await Promise.all([burst, readQueueUntil(supervisor, burst)]);
	const seconds = (performance.now() - started) / 1000;
	// Every answer lost: each phone sends its batch again; nothing may be stored twice.
	const again = await Promise.all(phones.map((phone) => syncPhone(phone, [])));
	const after = await setup.count();
	const sent = PHONES * BACKLOG;
	return {
		scenario: setup.name,
		servers: setup.servers.length,
		phones: PHONES,
		backlog: BACKLOG,
		seconds,
		inspectionsPerSecond: sent / seconds,
		pushMs: { p50: percentile(pushMs, 0.5), p95: percentile(pushMs, 0.95), max: Math.max(...pushMs) },
		queueMs: { reads: queueMs.length, p50: percentile(queueMs, 0.5), p95: percentile(queueMs, 0.95), max: Math.max(...queueMs) },
		networkRetries,
		firstOutcomes: [...new Set(outcomes.flat())],
		retryOutcomes: [...new Set(again.flat())],
		rows: { sent, stored: after.rows - before.rows, distinct: after.distinct - before.distinct },
		// 'duplicate' on the first send only when a request was sent again after a lost answer.
		exactlyOnce: outcomes.flat().every((o) => o === 'created' || (o === 'duplicate' && networkRetries > 0)) && again.flat().every((o) => o === 'duplicate') && after.rows - before.rows === sent && after.distinct - before.distinct === sent
	};
}

async function sqliteSetup(work) {
	const dataDir = join(work, 'sqlite');
	const server = await startApp(join(root, buildDir), dataDir, process.env.SYNC_SERVER_PROFILE ? ['--cpu-prof', `--cpu-prof-dir=${process.env.SYNC_SERVER_PROFILE}`] : []);
	return {
		name: 'SQLite, 1 server',
		servers: [server],
		async count() {
			const db = new Database(join(dataDir, 'vhcv.sqlite'), { readonly: true });
			try {
				return /** @type {{ rows: number, distinct: number }} */ (db.prepare('SELECT count(*) AS rows, count(DISTINCT inspection_id) AS "distinct" FROM submissions').get());
			} finally {
				db.close();
			}
		},
		addInspectors: () => {
			const db = new Database(join(dataDir, 'vhcv.sqlite'));
			db.pragma('busy_timeout = 5000');
			return addInspectors(async (sql, params) => db.prepare(sql).run(...params)).finally(() => db.close());
		},
		stop: () => server.stop()
	};
}

/** A fresh database on the PostgreSQL server, so each scenario starts empty. @param {string} work @param {number} count */
async function postgresSetup(work, count) {
	const name = `bench_sync_${randomBytes(4).toString('hex')}`;
	const admin = new pg.Client({ connectionString: PG_URL });
	await admin.connect();
	await admin.query(`CREATE DATABASE ${name}`);
	const url = new URL(PG_URL);
	url.pathname = `/${name}`;
	const env = { DATABASE_URL: url.toString() };
	const servers = [];
	// One after the other: the first migrates and seeds the demo accounts, the next finds them.
	for (let i = 0; i < count; i++) servers.push(await startApp(join(root, buildDir), join(work, `pg-${i}`), [], env));
	const db = new pg.Client({ connectionString: url.toString() });
	await db.connect();
	return {
		name: `PostgreSQL, ${count} server${count > 1 ? 's' : ''}`,
		servers,
		async count() {
			const { rows } = await db.query('SELECT count(*)::int AS rows, count(DISTINCT inspection_id)::int AS "distinct" FROM submissions');
			return rows[0];
		},
		addInspectors: () => addInspectors((sql, params) => db.query(sql.replace(/\?/g, ((n) => () => `$${++n}`)(0)), params)),
		async stop() {
			await Promise.all(servers.map((s) => s.stop()));
			await db.end();
			await admin.query(`DROP DATABASE ${name}`);
			await admin.end();
		}
	};
}

/** @param {any[]} results */
function report(results) {
	console.log(`\nSync burst: ${PHONES} phones × ${BACKLOG} inspections (one ${PHOTO_BYTES / 1000} KB photo each): missing → upload → push → pull; a supervisor reads the queue every ${QUEUE_EVERY_MS} ms`);
	const rows = [
		['scenario', 'inspections/s', 'push p50 / p95 / max ms', 'queue p50 / p95 / max ms (reads)', 'rows stored/sent', 'exactly once'],
		...results.map((r) => [
			r.scenario,
			r.inspectionsPerSecond.toFixed(0),
			`${r.pushMs.p50.toFixed(0)} / ${r.pushMs.p95.toFixed(0)} / ${r.pushMs.max.toFixed(0)}`,
			`${r.queueMs.p50.toFixed(0)} / ${r.queueMs.p95.toFixed(0)} / ${r.queueMs.max.toFixed(0)} (${r.queueMs.reads})`,
			`${r.rows.stored}/${r.rows.sent}`,
			r.exactlyOnce ? 'yes' : `NO (${r.firstOutcomes.join(',')} then ${r.retryOutcomes.join(',')})`
		])
	];
	const widths = rows[0].map((_, i) => Math.max(...rows.map((row) => String(row[i]).length)));
	for (const row of rows) console.log(row.map((cell, i) => (i === 0 ? String(cell).padEnd(widths[i] ?? 0) : String(cell).padStart(widths[i] ?? 0))).join('  '));
}

export async function syncBench() {
	ensureBuild();
	const ops = await import(pathToFileURL(join(root, buildDir, 'operations.js')).href);
	const work = mkdtempSync(join(tmpdir(), 'vhcv-bench-sync-'));
	const results = [];
	try {
		const chosen = (process.env.SYNC_SCENARIOS ?? 'sqlite,pg1,pg2').split(',');
		const makers = { sqlite: () => sqliteSetup(work), pg1: () => postgresSetup(work, 1), pg2: () => postgresSetup(work, 2) };
		for (const key of chosen) {
			const setup = await makers[/** @type {'sqlite' | 'pg1' | 'pg2'} */ (key)]();
			try {
				results.push(await runScenario(setup, ops));
			} finally {
				await setup.stop();
			}
		}
	} finally {
		rmSync(work, { recursive: true, force: true });
	}
	report(results);
	// SYNC_SCENARIOS=pg1,pg2,pg1,pg2 repeats them: the ratio is then of the mean rates.
	const rate = (/** @type {string} */ scenario) => {
		const runs = results.filter((r) => r.scenario === scenario).map((r) => r.inspectionsPerSecond);
		return runs.length ? runs.reduce((a, b) => a + b, 0) / runs.length : null;
	};
	const one = rate('PostgreSQL, 1 server');
	const two = rate('PostgreSQL, 2 servers');
	const scaleOut = one && two ? two / one : null;
	const sqlite = results.find((r) => r.scenario === 'SQLite, 1 server');
	const checks = {
		scaleOut: scaleOut === null ? null : { ratio: scaleOut, target: TARGETS.scaleOut, pass: scaleOut >= TARGETS.scaleOut },
		sqlitePushP95: sqlite ? { ms: sqlite.pushMs.p95, target: TARGETS.pushP95Ms, pass: sqlite.pushMs.p95 <= TARGETS.pushP95Ms } : null,
		queueP95: results.map((r) => ({ scenario: r.scenario, ms: r.queueMs.p95, target: TARGETS.queueP95Ms, pass: r.queueMs.p95 <= TARGETS.queueP95Ms })),
		exactlyOnce: results.every((r) => r.exactlyOnce)
	};
	if (checks.scaleOut) console.log(`two servers / one on PostgreSQL: ${checks.scaleOut.ratio.toFixed(2)}× (target ≥ ${TARGETS.scaleOut}: ${checks.scaleOut.pass ? 'pass' : 'FAIL'})`);
	if (checks.sqlitePushP95) console.log(`SQLite push p95 ${checks.sqlitePushP95.ms.toFixed(0)} ms (target ≤ ${TARGETS.pushP95Ms}: ${checks.sqlitePushP95.pass ? 'pass' : 'FAIL'})`);
	for (const q of checks.queueP95) console.log(`${q.scenario}: queue read p95 ${q.ms.toFixed(0)} ms (target ≤ ${q.target}: ${q.pass ? 'pass' : 'FAIL'})`);
	console.log(`exactly once (all created, all duplicate on resend, rows = sent): ${checks.exactlyOnce ? 'yes' : 'NO'}`);
	if (firstRefusal) console.log(`first refusal: ${firstRefusal}`);
	const out = join(root, 'bench', 'results');
	mkdirSync(out, { recursive: true });
	writeFileSync(join(out, 'sync.json'), JSON.stringify({ measuredAt: new Date().toISOString(), node: process.version, photoBytes: PHOTO_BYTES, results, checks }, null, '\t') + '\n');
	console.log('Written bench/results/sync.json');
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await syncBench();
