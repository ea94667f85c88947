// Exports at province scale (issue 11): with EXPORT_BENCH_TOTAL generated inspections (100,000 by
// default) in SQLite, the inspections CSV and .xlsx of all of them and the findings CSV and .xlsx of
// the last year (about a million rows), each downloaded from a server process of its own
// (bench/exportServer.js: the store and the endpoint's exportFile behind node:http) while a probe
// asks it for a page of the review queue every 50 ms. Reported per export: time to the first byte,
// total time against a bare better-sqlite3 read of the same rows in the same run (ratio), the
// server's RSS growth at its peak, the event loop's longest stall, and the probe's worst answer.
// Then a slow client that reads a little and goes away: memory stays flat and the server goes on.
// Targets: RSS growth ≤ 100 MB, first byte ≤ 1 s, stall ≤ 50 ms, probe ≤ 100 ms. Needs curl.
//   node bench/export.js   (or `npm run bench -- export`)
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import Database from 'better-sqlite3';
import { ensureBuild, generate, percentile } from './dataset.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const buildDir = process.env.BUILD_OUT ?? 'build';
const TOTAL = Number(process.env.EXPORT_BENCH_TOTAL ?? 100_000);
const THROUGH_STORE = Number(process.env.EXPORT_BENCH_STORE ?? Math.min(TOTAL, 20_000));
const PORT = 39_000 + Math.floor(Math.random() * 1000);
const TARGETS = { rssGrowthMb: 100, firstByteMs: 1000, stallMs: 50, probeMs: 100 };
const DAY = 24 * 60 * 60 * 1000;

/** GET on the export server; resolves with the status and, when `read` is given, feeds it each chunk. @param {string} path @param {(chunk: Buffer) => boolean | void} [onChunk] */
function get(path, onChunk) {
	return new Promise((resolvePromise, reject) => {
		const started = performance.now();
		let firstByteMs = NaN;
		let bytes = 0;
		const req = request({ host: '127.0.0.1', port: PORT, path }, (res) => {
			const chunks = [];
			res.on('data', (chunk) => {
				if (Number.isNaN(firstByteMs)) firstByteMs = performance.now() - started;
				bytes += chunk.length;
				if (onChunk) {
					if (onChunk(chunk) === false) {
						req.destroy();
						resolvePromise({ status: res.statusCode, firstByteMs, ms: performance.now() - started, bytes, body: '' });
					}
				} else chunks.push(chunk);
			});
			res.on('end', () => resolvePromise({ status: res.statusCode, firstByteMs, ms: performance.now() - started, bytes, body: Buffer.concat(chunks).toString('utf8') }));
			res.on('error', reject);
		});
		req.on('error', reject);
		req.end();
	});
}

async function stats() {
	return JSON.parse(/** @type {any} */ (await get('/stats')).body);
}

/**
 * Downloads at full speed with curl, which parses HTTP in a fraction of the CPU Node's client takes:
 * on this 2-core machine the client shares the cores with the server, and a heavier client shows up
 * as the server's event-loop stalls. The rows a file holds are checked by the unit tests.
 * @param {string} path
 */
async function download(path) {
	const curl = spawn('curl', ['-s', '-o', '/dev/null', '-w', '%{http_code} %{time_starttransfer} %{time_total} %{size_download}', `http://127.0.0.1:${PORT}${path}`]);
	let out = '';
	curl.stdout.on('data', (chunk) => (out += chunk));
	await once(curl, 'exit');
	const [status, firstByte, total, bytes] = out.trim().split(' ').map(Number);
	return { status, firstByteMs: firstByte * 1000, ms: total * 1000, bytes };
}

/** Asks for a queue page every 50 ms until stopped; returns the answers' times. */
function probe() {
	/** @type {number[]} */
	const times = [];
	let running = true;
	const done = (async () => {
		while (running) {
			const t0 = performance.now();
			await get('/probe');
			times.push(performance.now() - t0);
			await new Promise((r) => setTimeout(r, 50));
		}
	})();
	return {
		stop: async () => {
			running = false;
			await done;
			return times;
		}
	};
}

async function main() {
	ensureBuild(root, buildDir);
	const ops = await import(pathToFileURL(join(root, buildDir, 'operations.js')).href);
	const dir = mkdtempSync(join(tmpdir(), 'vhcv-export-bench-'));
	const file = join(dir, 'vhcv.sqlite');
	const now = new Date();
	let server;
	try {
		const store = ops.openSqliteStore({ file, photoDir: join(dir, 'photos') });
		await store.putAgencies(ops.demoAgencies, now);
		for (const t of ops.publishedTemplates) await store.putTemplate(t, now);
		console.log(`Generating ${TOTAL} inspections…`);
		const generated = await generate(ops, store, now, file, TOTAL, THROUGH_STORE);
		await store.close();
		console.log(`Generated ${generated.made} in ${generated.seconds.toFixed(0)} s.`);

		server = spawn(process.execPath, [...(process.env.EXPORT_BENCH_NODE_FLAGS ?? '').split(' ').filter(Boolean), join(root, 'bench', 'exportServer.js'), join(root, buildDir), file, String(PORT)], { stdio: ['ignore', 'pipe', 'inherit'] });
		await once(server.stdout, 'data');

		const yearAgo = new Date(now.getTime() - 365 * DAY).toISOString().slice(0, 10);
		const bare = new Database(file, { readonly: true });
		// The reference: the same rows read and dropped by better-sqlite3, no formatting, no HTTP.
		const bareRead = (/** @type {string} */ sql, /** @type {unknown[]} */ params) => {
			const t0 = performance.now();
			let rows = 0;
			for (const row of bare.prepare(sql).iterate(...params)) rows += row ? 1 : 0;
			return { ms: performance.now() - t0, rows };
		};
		const inspectionsSql = 'SELECT h.*, a.name FROM inspection_heads h CROSS JOIN agencies a WHERE a.id = h.agency_id ORDER BY h.started_at DESC, h.inspection_id DESC';
		const findingsSql = `SELECT h.inspection_id, f.item_id, f.item_text, h.outcomes FROM inspection_heads h JOIN template_items f ON f.template_id = h.template_id AND f.template_version = h.template_version
			JOIN agencies a ON a.id = h.agency_id WHERE h.started_date >= ? AND substr(h.outcomes, f.ordinal, 1) IN ('c', 'v', 'n') ORDER BY h.started_at DESC, h.inspection_id, f.item_id`;
		const cases = [
			{ name: 'inspections.csv, all', path: '/export/inspections.csv', reference: () => bareRead(inspectionsSql, []) },
			{ name: 'inspections.xlsx, all', path: '/export/inspections.xlsx', reference: () => bareRead(inspectionsSql, []) },
			{ name: 'findings.csv, last year', path: `/export/findings.csv?from=${yearAgo}`, reference: () => bareRead(findingsSql, [yearAgo]) },
			{ name: 'findings.xlsx, last year', path: `/export/findings.xlsx?from=${yearAgo}`, reference: () => bareRead(findingsSql, [yearAgo]) }
		];
		const results = [];
		for (const c of cases) {
			const reference = c.reference();
			const before = await stats();
			const probes = probe();
			const response = await download(c.path);
			const probeTimes = await probes.stop();
			const after = await stats();
			const result = {
				case: c.name,
				status: response.status,
				rows: reference.rows,
				megabytes: Number((response.bytes / 1e6).toFixed(1)),
				firstByteMs: Math.round(response.firstByteMs),
				seconds: Number((response.ms / 1000).toFixed(2)),
				referenceSeconds: Number((reference.ms / 1000).toFixed(2)),
				ratio: Number((response.ms / reference.ms).toFixed(1)),
				rssGrowthMb: Math.round((after.peakRss - before.rss) / 1e6),
				maxStallMs: Math.round(after.maxStallMs),
				probes: probeTimes.length,
				probeP95Ms: Math.round(percentile(probeTimes, 95)),
				probeMaxMs: Math.round(Math.max(...probeTimes))
			};
			result.pass =
				result.status === 200 &&
				result.rssGrowthMb <= TARGETS.rssGrowthMb &&
				result.firstByteMs <= TARGETS.firstByteMs &&
				result.maxStallMs <= TARGETS.stallMs &&
				result.probeMaxMs <= TARGETS.probeMs;
			results.push(result);
			console.log(JSON.stringify(result));
		}
		// A slow client that takes 2 MB in small sips, then goes away: the server must hold only what it sent.
		{
			const before = await stats();
			let taken = 0;
			const slow = await get('/export/findings.csv', (chunk) => {
				taken += chunk.length;
				const start = Date.now();
				while (Date.now() - start < 2); // a slow reader: the socket buffer fills, backpressure reaches the cursor
				return taken < 2e6;
			});
			await new Promise((r) => setTimeout(r, 500));
			const after = await stats();
			const alive = await get('/probe');
			const result = { case: 'slow client leaves after 2 MB', status: slow.status, megabytes: Number((slow.bytes / 1e6).toFixed(1)), rssGrowthMb: Math.round((after.peakRss - before.rss) / 1e6), serverAnswersAfter: alive.status === 200 };
			result.pass = result.rssGrowthMb <= TARGETS.rssGrowthMb && result.serverAnswersAfter;
			results.push(result);
			console.log(JSON.stringify(result));
		}
		bare.close();
		const out = join(root, 'bench', 'results');
		mkdirSync(out, { recursive: true });
		writeFileSync(
			join(out, 'export.json'),
			JSON.stringify(
				{
					measuredAt: now.toISOString(),
					method: `SQLite (WAL, synchronous=FULL), ${generated.made} inspections (${generated.throughStore} through putSubmissions, the rest SQL copies); each export downloaded at full speed over loopback from bench/exportServer.js (exportFile behind node:http, its own process); probe: a queue page every 50 ms; reference: a bare better-sqlite3 iterate of the same rows`,
					inspections: generated.made,
					targets: TARGETS,
					results
				},
				null,
				'\t'
			) + '\n'
		);
		console.log('Written bench/results/export.json');
	} finally {
		server?.kill('SIGTERM');
		if (server) await once(server, 'exit');
		// EXPORT_BENCH_KEEP=1 keeps the database for a closer look.
		if (process.env.EXPORT_BENCH_KEEP === '1') console.log(`Kept ${file}`);
		else rmSync(dir, { recursive: true, force: true });
	}
}

await main();
