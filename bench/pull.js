// Pulls at province scale (issue 11): what one phone's pull costs when nothing changed for it,
// against the pull as it was (every open recommendation of the province), in the same run. The
// province is bench/dataset.js's (inspections through the store's putSubmissions, the rest bulk SQL
// copies; approvals with their recommendations), PULL_BENCH_TOTAL inspections (100,000 by default;
// 1000000 for the size). The server's own pullChanges is called in-process (no HTTP), its
// answer serialised and gzipped as the endpoint does; 1 warm-up round + REPEATS measured rounds,
// cases interleaved. Targets: a steady-state pull ≤ 1 KB on the wire and p95 ≤ 20 ms.
//   node bench/pull.js   (or `npm run bench -- pull`)
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { BATCH, ensureBuild, generate, percentile } from './dataset.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const buildDir = process.env.BUILD_OUT ?? 'build';
const TOTAL = Number(process.env.PULL_BENCH_TOTAL ?? 100_000);
/** Made through the store; the rest bulk SQL copies (quick). */
const THROUGH_STORE = Number(process.env.PULL_BENCH_STORE ?? Math.min(TOTAL, 5_000));
const REPEATS = Number(process.env.PULL_BENCH_REPEATS ?? 5);
const SAMPLES = 20;
/** Agencies the phone opened while online, on top of those its inspector inspected lately. */
const OPENED = 5;
const TARGETS = { steadyBytes: 1024, steadyP95Ms: 20 };

/** @param {unknown} body */
function wire(body) {
	const json = JSON.stringify(body);
	return { json: Buffer.byteLength(json), gzip: gzipSync(json).length };
}

async function main() {
	ensureBuild(root, buildDir);
	const ops = await import(pathToFileURL(join(root, buildDir, 'operations.js')).href);
	const dir = mkdtempSync(join(tmpdir(), 'vhcv-pull-bench-'));
	const file = join(dir, 'vhcv.sqlite');
	const store = ops.openSqliteStore({ file, photoDir: join(dir, 'photos') });
	const now = new Date();
	try {
		await store.putAgencies(ops.demoAgencies, now);
		for (const t of ops.publishedTemplates) await store.putTemplate(t, now);
		console.log(`Generating ${TOTAL} inspections (${THROUGH_STORE} through the store)…`);
		const generated = await generate(ops, store, now, file, TOTAL, THROUGH_STORE);
		console.log(`Generated ${generated.made} in ${generated.seconds.toFixed(0)} s${generated.capped ? ' (capped)' : ''}.`);

		const inspector = await store.getUserByUsername('bench.0');
		const open = await store.listRecommendations({ agencyIds: null, status: 'open' });
		const perAgency = new Map();
		for (const r of open) perAgency.set(r.agencyId, (perAgency.get(r.agencyId) ?? 0) + 1);
		// The phone opened the agencies with the most open recommendations: the heaviest case.
		const opened = [...perAgency.entries()].sort((a, b) => b[1] - a[1]).slice(0, OPENED).map(([id]) => id);

		// The phone as it is after its first pulls: the cursor and what it holds.
		// A new phone pulls until `more` is gone, holding each page's agency versions as client/sync does.
		/** @type {Map<string, string>} */
		const held = new Map();
		const first = await ops.pullChanges(store, inspector, { seq: 0, catalog: null }, { follow: opened, held: new Map() }, now);
		/** @type {{ pages: number, json: number, gzip: number, largest: number }} */
		const firstPulls = { pages: 0, json: 0, gzip: 0, largest: 0 };
		let cursor = ops.parsePullCursor(first.cursor);
		for (let page = first; ; ) {
			const size = wire(page);
			firstPulls.pages += 1;
			firstPulls.json += size.json;
			firstPulls.gzip += size.gzip;
			firstPulls.largest = Math.max(firstPulls.largest, size.json);
			for (const a of page.recommendationUpdates?.agencies ?? []) held.set(a.agencyId, a.version);
			if (!page.more) break;
			page = await ops.pullChanges(store, inspector, cursor, { follow: opened, held: new Map(held) }, now);
			cursor = ops.parsePullCursor(page.cursor);
		}
		const follow = { follow: opened, held };
		// The colleagues and assignments lists the phone keeps: it names their versions, as client/sync does.
		const colleaguesVersion = first.colleagues?.version ?? null;
		const assignmentsVersion = first.assignments?.version ?? null;

		/** @type {Record<string, () => Promise<unknown>>} */
		const cases = {
			'steady pull (per agency)': async () => wire(await ops.pullChanges(store, inspector, cursor, follow, now, colleaguesVersion, assignmentsVersion)),
			// The same phone and cursor as an app before per-agency pulls (no `held`): what every pull was.
			'pull as before (whole province; reference)': async () => wire(await ops.pullChanges(store, inspector, cursor, null, now, colleaguesVersion, assignmentsVersion))
		};
		/** @type {Record<string, number[]>} */
		const times = Object.fromEntries(Object.keys(cases).map((k) => [k, []]));
		/** @type {Record<string, { json: number; gzip: number }>} */
		const sizes = {};
		const names = Object.keys(cases);
		for (let round = 0; round <= REPEATS; round++) {
			const order = names.map((_, i) => names[(i + round) % names.length]);
			for (const name of order) {
				for (let s = 0; s < (name.includes('before') ? Math.ceil(SAMPLES / 4) : SAMPLES); s++) {
					const t0 = performance.now();
					sizes[name] = /** @type {any} */ (await cases[name]());
					if (round > 0) times[name].push(performance.now() - t0);
				}
			}
		}

		// One recommendation of a followed agency fixed elsewhere: the next pull carries that agency only.
		const followedOpen = open.find((/** @type {any} */ r) => held.has(r.agencyId));
		let afterChange = null;
		if (followedOpen) {
			await store.updateRecommendation(followedOpen.id, { status: 'fixed', note: '', by: 'Giám sát', action: 'status' }, now);
			afterChange = wire(await ops.pullChanges(store, inspector, cursor, follow, now, colleaguesVersion, assignmentsVersion));
		}

		const steady = sizes['steady pull (per agency)'];
		const steadyP95 = percentile(times['steady pull (per agency)'], 95);
		const results = names.map((name) => ({
			case: name,
			samples: times[name].length,
			p50Ms: Number(percentile(times[name], 50).toFixed(2)),
			p95Ms: Number(percentile(times[name], 95).toFixed(2)),
			jsonBytes: sizes[name].json,
			gzipBytes: sizes[name].gzip
		}));
		const legacy = results[1];
		const summary = {
			openRecommendations: open.length,
			agenciesWithOpen: perAgency.size,
			agenciesFollowed: held.size,
			firstPull: firstPulls,
			afterOneChange: afterChange,
			steadyP95Ms: Number(steadyP95.toFixed(2)),
			steadyBytes: steady.json,
			timeRatioToBefore: Number((steadyP95 / (legacy?.p95Ms ?? 1)).toFixed(4)),
			pass: steady.json <= TARGETS.steadyBytes && steadyP95 <= TARGETS.steadyP95Ms
		};
		console.log('\ncase                                          p50 ms   p95 ms   JSON bytes   gzip bytes');
		for (const r of results) console.log(`${r.case.padEnd(44)} ${String(r.p50Ms).padStart(7)} ${String(r.p95Ms).padStart(8)} ${String(r.jsonBytes).padStart(12)} ${String(r.gzipBytes).padStart(12)}`);
		console.log(`\n${open.length} open recommendations in ${perAgency.size} agencies; the phone follows ${held.size}.`);
		console.log(
			`A new phone's first sync: ${firstPulls.pages} pulls, ${firstPulls.json} B JSON in all (${firstPulls.gzip} gzipped), the largest ${firstPulls.largest} B; after one change in a followed agency: ${afterChange?.json ?? '-'} B.`
		);
		console.log(`Steady pull: ${steady.json} B, p95 ${summary.steadyP95Ms} ms (targets ≤ ${TARGETS.steadyBytes} B, ≤ ${TARGETS.steadyP95Ms} ms): ${summary.pass ? 'pass' : 'FAIL'}`);
		const out = join(root, 'bench', 'results');
		mkdirSync(out, { recursive: true });
		writeFileSync(
			join(out, 'pull.json'),
			JSON.stringify(
				{
					measuredAt: now.toISOString(),
					method: `SQLite (WAL, synchronous=FULL) in a temporary DATA_DIR; ${generated.made} inspections (${generated.throughStore} through putSubmissions in batches of ${BATCH}, the rest bulk SQL copies); the server's pullChanges in-process, answer JSON-serialised and gzipped; inspector bench.0's phone follows ${OPENED} agencies opened online (those with the most open recommendations) plus those it inspected lately; 1 warm-up + ${REPEATS} measured rounds, cases interleaved`,
					inspections: generated.made,
					summary,
					results
				},
				null,
				'\t'
			) + '\n'
		);
		console.log('Written bench/results/pull.json');
	} finally {
		await store.close();
		rmSync(dir, { recursive: true, force: true });
	}
}

await main();
