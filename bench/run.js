// Benchmark 1 of docs/performance.md: initial JavaScript per inspector route, gzipped, against a
// minimal SvelteKit page built in the same run from the same installed packages.
//
// Sizes come from Chromium's network log: every JavaScript response a cold page load fetches up
// to the load event plus network idle, each body gzipped at level 9 (what a phone downloads from
// a server that compresses). Service workers are blocked so the worker's precache downloads do
// not count. Sizes are deterministic for a given build, so there is no warm-up, interleaving or
// repetition: one measurement per route is the result.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from '../scripts/chromium.js';
import { buildIsStale } from '../scripts/freshness.js';
import { buildReferenceApp, viteBuild } from './referenceApp.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const TARGET_KB = 100;
// The app's build folder, as for `npm start` and the browser tests: a separate one (BUILD_OUT=build-bundle)
// keeps the bench from rebuilding under someone else's `build/`.
const BUILD_DIR = process.env.BUILD_OUT ?? 'build';
const PLACEHOLDER_ID = '0190a6b2-0000-7000-8000-000000000000';

/** A throwaway SvelteKit app: one page with one reactive button, nothing else. */
function buildReference() {
	return buildReferenceApp('vhcv-bench-reference', {
		'src/routes/+page.svelte': `<script>\n\tlet count = $state(0);\n</script>\n\n<h1>Reference</h1>\n<button onclick={() => count++}>Clicked {count}</button>\n`
	});
}

async function freePort() {
	const probe = createServer().listen(0, '127.0.0.1');
	await once(probe, 'listening');
	const address = probe.address();
	probe.close();
	await once(probe, 'close');
	if (address === null || typeof address === 'string') throw new Error('no port');
	return address.port;
}

/** @param {string} buildDir */
async function serve(buildDir, env = {}) {
	const port = await freePort();
	const origin = `http://127.0.0.1:${port}`;
	const child = spawn(process.execPath, [buildDir], {
		env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', ORIGIN: origin, SHUTDOWN_TIMEOUT: '1', ...env },
		stdio: 'ignore'
	});
	// Up to 90 s (was 20 s): a fresh start with demo accounts took 45 s on the shared machine under load.
	const deadline = Date.now() + 90_000;
	while (Date.now() < deadline) {
		try {
			const response = await fetch(origin);
			await response.arrayBuffer();
			break;
		} catch {
			await new Promise((r) => setTimeout(r, 100));
		}
	}
	return {
		origin,
		async stop() {
			const exited = once(child, 'exit');
			child.kill('SIGTERM');
			await exited;
		}
	};
}

/**
 * Load `url` cold in `context` and sum the gzip -9 sizes of the JavaScript it fetched.
 * @param {import('@playwright/test').BrowserContext} context
 * @param {string} url
 */
async function measure(context, url) {
	const page = await context.newPage();
	// Cold every time: a cached chunk would still be reported, but never twice across routes.
	const cdp = await context.newCDPSession(page);
	await cdp.send('Network.enable');
	await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
	/** @type {Promise<{ url: string, raw: number, gz: number } | { url: string, error: unknown }>[]} */
	const pending = [];
	// Responses that arrive after network idle are not initial JavaScript; their bodies may still be
	// read when the page closes, which must not reject unhandled (it crashed the bench).
	let settled = false;
	page.on('response', (response) => {
		const type = response.headers()['content-type'] ?? '';
		if (settled || (!/javascript/.test(type) && !response.url().endsWith('.js'))) return;
		const path = new URL(response.url()).pathname;
		pending.push(
			response.body().then(
				(body) => ({ url: path, raw: body.length, gz: gzipSync(body, { level: 9 }).length }),
				(error) => ({ url: path, error })
			)
		);
	});
	// A page whose lazy part failed to load is smaller, not lighter: it fails the measurement.
	/** @type {string[]} */
	const errors = [];
	// (Page errors are not counted: with service workers blocked, Playwright's register() resolves to
	// undefined, which no browser does, and the app's registration code then throws.)
	page.on('requestfailed', (request) => {
		if (request.resourceType() === 'script') errors.push(`${request.url()}: ${request.failure()?.errorText}`);
	});
	await page.goto(url, { waitUntil: 'load' });
	await page.waitForLoadState('networkidle');
	// LoadFailed.svelte: what a page shows where a lazily loaded part could not be loaded.
	if ((await page.getByText('Không tải được phần này của ứng dụng').count()) > 0) errors.push('a part of the page could not be loaded');
	if (errors.length > 0) throw new Error(`${url} failed to load: ${errors.join('; ')}`);
	const read = await Promise.all(pending);
	settled = true;
	const failed = read.find((c) => 'error' in c);
	if (failed) throw new Error(`Could not read ${failed.url}: ${String('error' in failed ? failed.error : '')}`);
	const chunks = /** @type {{ url: string, raw: number, gz: number }[]} */ (read);
	await page.close();
	chunks.sort((a, b) => (a.url < b.url ? -1 : 1));
	return {
		chunks: chunks.length,
		rawBytes: chunks.reduce((sum, c) => sum + c.raw, 0),
		gzBytes: chunks.reduce((sum, c) => sum + c.gz, 0),
		files: chunks.map((c) => c.url),
		sizes: chunks.map(({ url, gz }) => ({ url, gz }))
	};
}

const BENCH_PASSWORD = 'Bench-password-2026';

/**
 * Starts a draft through the start form (agency Sở Nội vụ, the full checklist) and waits until the
 * form is open.
 * @param {import('@playwright/test').Page} page
 * @param {string} origin
 */
async function startDraft(page, origin) {
	await page.goto(`${origin}/inspections/new`);
	await page.getByRole('searchbox').fill('so noi vu');
	await page.getByRole('radio', { name: 'Sở Nội vụ', exact: true }).check();
	await page.getByRole('radio', { name: 'Kiểm tra văn hóa công vụ', exact: true }).check();
	await page.getByRole('button', { name: 'Bắt đầu kiểm tra' }).click();
	await page.waitForURL(/\/inspections\/[0-9a-f-]{36}$/);
}

/**
 * A real draft on the device, made through the app's own pages (catalog download, start form).
 * Falls back to a placeholder id (the route's code still loads; its "not found" branch renders).
 * @param {import('@playwright/test').BrowserContext} context
 * @param {string} origin
 */
async function draftUrl(context, origin) {
	const page = await context.newPage();
	try {
		page.setDefaultTimeout(20_000);
		// Inspector pages need an account on the device: sign in as a demo inspector first.
		await page.goto(`${origin}/login`);
		await page.getByRole('textbox', { name: 'Tên đăng nhập' }).fill('thanhtra1');
		await page.getByLabel('Mật khẩu', { exact: true }).fill(BENCH_PASSWORD);
		await page.getByRole('button', { name: 'Đăng nhập' }).click();
		await page.getByRole('navigation', { name: 'Điều hướng chính' }).waitFor();
		await page.goto(`${origin}/templates`);
		// In <main>: the app's name in the header is a link with the same words.
		await page.getByRole('main').getByRole('link', { name: 'Kiểm tra văn hóa công vụ', exact: true }).waitFor();
		await startDraft(page, origin);
		const url = page.url();
		// The form opens on "Thông tin chung"; its checklist sections are the same page with ?section=.
		await page.getByRole('button', { name: 'Phần tiếp theo' }).click();
		await page.waitForURL(/[?&]section=/);
		return { url, sectionUrl: page.url(), real: true };
	} catch (error) {
		console.warn(`Could not create a draft through the pages (${String(error).split('\n')[0]}); using a placeholder id.`);
		return { url: `${origin}/inspections/${PLACEHOLDER_ID}`, sectionUrl: null, real: false };
	} finally {
		await page.close();
	}
}

/**
 * A second draft with what most drafts soon have: a location (typed coordinates) and a general
 * photo. Parts of the form load only once there is such data, so a fresh draft alone would
 * flatter the form page. Null when the pages could not be driven that far.
 * @param {import('@playwright/test').BrowserContext} context
 * @param {string} origin
 */
async function filledDraftUrl(context, origin) {
	const page = await context.newPage();
	try {
		page.setDefaultTimeout(30_000);
		await startDraft(page, origin);
		await page.getByText('Bản đồ và đặt vị trí thủ công').click();
		await page.getByLabel(/Vĩ độ/).fill('21.82210');
		await page.getByLabel(/Kinh độ/).fill('105.21550');
		await page.getByRole('button', { name: 'Lưu tọa độ đã nhập' }).click();
		await page.getByText('Đặt thủ công').first().waitFor();
		const general = page.locator('section', { has: page.getByRole('heading', { name: 'Ảnh chung' }) });
		await general.getByLabel('Chọn ảnh có sẵn').setInputFiles(join(root, 'tests', 'fixtures', 'photos', 'konica-minolta-dimage-z5-original.jpg'));
		await general.getByRole('img').first().waitFor({ timeout: 60_000 });
		return page.url();
	} catch (error) {
		console.warn(`Could not fill a draft through the pages (${String(error).split('\n')[0]}); that row is left out.`);
		return null;
	} finally {
		await page.close();
	}
}

/**
 * Per-file breakdown (`npm run bench -- bundle --chunks`): the files each route loaded, largest first.
 * @param {{ route: string, sizes: { url: string, gz: number }[] }[]} results
 */
function printChunks(results) {
	for (const { route, sizes } of results) {
		console.log(`\n${route}`);
		for (const { url, gz } of [...sizes].sort((a, b) => b.gz - a.gz)) console.log(`${kb(gz).padStart(6)}  ${url}`);
	}
}

function kb(bytes) {
	return (bytes / 1024).toFixed(1);
}

async function main() {
	if (buildIsStale(root, BUILD_DIR)) {
		console.log(`Building the app (${BUILD_DIR}/ is missing or older than the sources)…`);
		viteBuild(root);
	} else {
		console.log(`Reusing ${BUILD_DIR}/ (newer than the sources).`);
	}
	console.log('Building the reference SvelteKit page…');
	const referenceBuild = buildReference();

	// A throwaway data directory in demo mode, so the bench can sign in as a demo inspector.
	const dataDir = mkdtempSync(join(tmpdir(), 'vhcv-bench-'));
	const app = await serve(join(root, BUILD_DIR), { DATA_DIR: dataDir, DEMO_MODE: 'true', DEMO_PASSWORD: BENCH_PASSWORD, DATABASE_URL: '' });
	const reference = await serve(referenceBuild);
	const browser = await chromium.launch(chromiumLaunchOptions());
	try {
		const context = await browser.newContext({ serviceWorkers: 'block', locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh' });
		const ref = await measure(context, `${reference.origin}/`);
		const draft = await draftUrl(context, app.origin);
		const filled = draft.real ? await filledDraftUrl(context, app.origin) : null;
		const routes = [
			{ route: '/', url: `${app.origin}/` },
			{ route: '/inspections/new', url: `${app.origin}/inspections/new` },
			{ route: `/inspections/<id>${draft.real ? ' (real draft)' : ' (placeholder id)'}`, url: draft.url },
			// The same draft's first checklist section and its summary: inspector pages too.
			...(draft.sectionUrl ? [{ route: '/inspections/<id>?section=<first>', url: draft.sectionUrl }] : []),
			...(draft.real ? [{ route: '/inspections/<id>/summary', url: `${draft.url}/summary` }] : []),
			...(filled ? [{ route: '/inspections/<id> (draft with a location and a photo)', url: filled }] : []),
			{ route: '/templates', url: `${app.origin}/templates` },
			{ route: '/settings', url: `${app.origin}/settings` }
		];
		const results = [];
		for (const { route, url } of routes) {
			const m = await measure(context, url);
			results.push({ route, ...m, ratio: m.gzBytes / ref.gzBytes, pass: m.gzBytes <= TARGET_KB * 1024 });
		}
		await context.close();

		const rows = [
			['route', 'JS files', 'KB gz', 'ratio vs ref', `target ${TARGET_KB} KB`],
			['reference (minimal SvelteKit page)', String(ref.chunks), kb(ref.gzBytes), '1.00', ''],
			...results.map((r) => [r.route, String(r.chunks), kb(r.gzBytes), r.ratio.toFixed(2), r.pass ? 'pass' : 'FAIL'])
		];
		const widths = rows[0].map((_, i) => Math.max(...rows.map((row) => row[i].length)));
		console.log('\nInitial JavaScript, gzip -9, until load + network idle (service workers blocked)');
		for (const row of rows) console.log(row.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join('  '));
		console.log('\nSizes are deterministic for a build: one cold load per route, no warm-up or repetition needed.');
		if (showChunks) printChunks(results);

		const out = join(root, 'bench', 'results');
		mkdirSync(out, { recursive: true });
		writeFileSync(
			join(out, 'bundle.json'),
			JSON.stringify(
				{
					measuredAt: new Date().toISOString(),
					method: 'Chromium network log, JS responses until load + networkidle, gzip level 9, service workers blocked, cache disabled',
					targetKB: TARGET_KB,
					reference: { route: '/', ...ref },
					routes: results
				},
				null,
				'\t'
			) + '\n'
		);
		console.log('Written bench/results/bundle.json');
	} finally {
		await browser.close();
		await app.stop();
		await reference.stop();
	}
}

// `npm run bench` runs every benchmark; `npm run bench -- bundle photos` runs only those named.
const flags = new Set(process.argv.slice(2).filter((arg) => arg.startsWith('--')));
const showChunks = flags.has('--chunks');
const chosen = new Set(process.argv.slice(2).filter((arg) => !arg.startsWith('--')));
const wanted = (name) => chosen.size === 0 || chosen.has(name);

if (wanted('bundle')) await main();

// Benchmark 2 of docs/performance.md: the photo pipeline against browser-image-compression.
if (wanted('photos')) await import('./photos.js');

// Which JPEG encoder settings win at equal fidelity (bench/photoSettings.js): an exploration, run only when named.
if (chosen.has('photo-settings')) await import('./photoSettings.js');

// Sync ingest against raw SQLite, and the sync protocol's requests and bytes on the wire (bench/ingest.js).
if (wanted('ingest')) await (await import('./ingest.js')).ingestBench();

// Review reads at 100,000 inspections: queue, detail and statistics against bare SELECTs (bench/review.js).
if (wanted('review')) await import('./review.js');

// Pulls at province scale: a steady-state pull against the whole-province pull it replaced (bench/pull.js).
if (wanted('pull')) await import('./pull.js');

// Exports at province scale: memory, first byte, event-loop stalls and a probe's answers (bench/export.js).
if (wanted('export')) await import('./export.js');

// Signed records: the phone's seal (hash + ECDSA sign) and the server's read + verify per record, against hashing alone (bench/signing.js).
if (wanted('signing')) await import('./signing.js');

// First visit on slow and fast 3G (sign-in usable, offline-ready against bytes alone) and warm start offline (bench/ready.js).
if (wanted('ready')) await import('./ready.js');

// Agency search per keystroke at 5,000 agencies, and its share of realistic queries found (bench/search.js).
if (wanted('search')) await import('./search.js');

// A province's phones syncing at once: 100 phones, SQLite and PostgreSQL with one and two servers (bench/sync.js).
if (wanted('sync')) await (await import('./sync.js')).syncBench();
