// Where a push batch spends its time: the built server (or, with `bare`, the bare baseline server
// of bench/ingest.js) run under node's CPU profiler (--cpu-prof) while it takes gzipped batches of
// 50 as the phone sends them, then the profile's samples grouped by what they belong to (HTTP and
// SvelteKit, hooks, body reading, JSON, schema, manifest and hash, store, …; profileCategories.js)
// and given as ms of CPU per batch. The profiler itself adds some time to every category.
// Not part of `npm run bench`.
//   node bench/ingest/profile.js [app|bare] [batches]   (needs a build; BUILD_OUT as for bench/ingest.js)
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { closeClient, postJson } from './client.js';
import { signIn, startApp, startBare } from './processes.js';
import { recordFactory, registerDevice, wire } from './records.js';
import { categoryOf, sourceOf } from './profileCategories.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const buildDir = join(root, process.env.BUILD_OUT ?? 'build');
const target = process.argv[2] === 'bare' ? 'bare' : 'app';
const BATCHES = Number(process.argv[3] ?? 300);
const BATCH = 50;
const WARMUP = 40;

const work = mkdtempSync(join(tmpdir(), 'vhcv-profile-ingest-'));
const profiles = join(work, 'prof');
const profilerFlags = ['--cpu-prof', `--cpu-prof-dir=${profiles}`, '--cpu-prof-interval=200'];
// The app server makes the records' owner and template (the bare one takes anything).
const app = await startApp(buildDir, join(work, 'app'), target === 'app' ? profilerFlags : []);
/** @type {{ stop(): Promise<void> } | undefined} */
let bare;
/** @type {number} */
let ms;
try {
	const ops = await import(pathToFileURL(join(buildDir, 'operations.js')).href);
	const inspector = await signIn(app.origin, 'thanhtra1');
	const catalog = await (await fetch(`${app.origin}/api/catalog`)).json();
	const template = catalog.templates.find((/** @type {any} */ t) => t.id === 'van-hoa-cong-vu');
	const make = recordFactory(ops, template, { id: inspector.userId, name: inspector.displayName }, 'so-noi-vu', await registerDevice(app.origin, inspector.headers));
	let url = `${app.origin}/api/sync/push`;
	/** @type {Record<string, string>} */
	let headers = { ...inspector.headers, 'content-encoding': 'gzip' };
	if (target === 'bare') {
		await app.stop();
		const started = await startBare(join(work, 'bare.sqlite'), profilerFlags);
		bare = started;
		url = started.origin;
		headers = { 'content-encoding': 'gzip' };
	}
	// Every body made before the first request, so the profile's busy time is the server's own.
	const bodies = Array.from({ length: WARMUP + BATCHES }, () => gzipSync(JSON.stringify({ items: Array.from({ length: BATCH }, () => wire(make())) })));
	for (const body of bodies.slice(0, WARMUP)) await postJson(url, body, headers);
	const start = performance.now();
	for (const body of bodies.slice(WARMUP)) await postJson(url, body, headers);
	ms = performance.now() - start;
} finally {
	closeClient();
	await bare?.stop();
	await app.stop();
}
console.log(`${target}: ${BATCHES} batches of ${BATCH} after ${WARMUP} warm-up: ${(ms / BATCHES).toFixed(2)} ms per batch at the client (${((BATCHES * BATCH * 1000) / ms).toFixed(0)} rec/s, profiler on)`);

const file = readdirSync(profiles).find((f) => f.endsWith('.cpuprofile'));
if (!file) throw new Error('no profile written');
const profile = JSON.parse(readFileSync(join(profiles, file), 'utf8'));
/** @type {Map<number, any>} */
const nodes = new Map(profile.nodes.map((/** @type {any} */ n) => [n.id, n]));
/** @type {Map<number, number>} */
const parents = new Map();
for (const n of profile.nodes) for (const c of n.children ?? []) parents.set(c, n.id);
/** @type {Map<number, string>} */
const memo = new Map();
/** A sample's category: that of the innermost frame that has one. @param {number} id @returns {string} */
function categoryOfNode(id) {
	const known = memo.get(id);
	if (known !== undefined) return known;
	const parent = parents.get(id);
	const result = categoryOf(nodes.get(id).callFrame) ?? (parent === undefined ? 'other' : categoryOfNode(parent));
	memo.set(id, result);
	return result;
}

// Counted from the first request the timed part's warm-up sends (start-up and sign-in left out):
// the first sample of the bare server's handler, or of a push's manifest check.
/** @type {Map<string, number>} */
const totals = new Map();
/** @type {Map<string, number>} */
const selfByFunction = new Map();
let counting = false;
for (let i = 0; i < profile.samples.length; i++) {
	const id = profile.samples[i];
	const category = categoryOfNode(id);
	if (!counting && (category.startsWith('manifest') || category.startsWith('bare'))) counting = true;
	if (!counting) continue;
	const us = profile.timeDeltas[i + 1] ?? 0;
	totals.set(category, (totals.get(category) ?? 0) + us);
	const f = nodes.get(id).callFrame;
	const key = `${f.functionName || '(anonymous)'} ${sourceOf(f)}:${f.lineNumber} [${category}]`;
	selfByFunction.set(key, (selfByFunction.get(key) ?? 0) + us);
}
const perBatch = (/** @type {number} */ us) => us / 1000 / (BATCHES + WARMUP);
const busy = [...totals].filter(([c]) => c !== 'idle').reduce((sum, [, us]) => sum + us, 0);
console.log(`CPU per batch by category (ms; busy ${perBatch(busy).toFixed(2)}, over warm-up and timed batches):`);
for (const [category, us] of [...totals].sort((x, y) => y[1] - x[1])) if (category !== 'idle') console.log(`  ${category.padEnd(44)} ${perBatch(us).toFixed(2).padStart(6)}`);
console.log('Top functions by self time (ms per batch):');
for (const [key, us] of [...selfByFunction].sort((x, y) => y[1] - x[1]).slice(0, Number(process.env.TOP ?? 25))) console.log(`  ${perBatch(us).toFixed(3).padStart(7)}  ${key}`);
rmSync(work, { recursive: true, force: true });
