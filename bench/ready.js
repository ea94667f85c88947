// Issue 17's first-visit and warm-start figures (`npm run bench -- ready`), in Chromium at 360 px
// with 4× CPU throttling, through a throttled link for every request the browser makes, the
// service worker's included (bench/ready/throttledLink.js says why not CDP's emulation):
// - sign-in usable: from navigating to /login on a first visit (nothing cached, no worker) to the
//   username field drawn and a form that can be sent;
// - offline-ready: from that same navigation, through signing in at once, to the home page saying
//   "Sẵn sàng làm việc không có mạng" (every app file in the worker's cache, the catalog on the
//   device), next to the reference measured in the same run: what the bytes received by then take
//   on that link alone (one round trip + bytes / downlink rate). Target ≤ 1.5×.
// - warm start offline (the browser offline, 4× CPU): the home page with its list, a draft form,
//   then switching to a checklist section and opening the summary inside the app. Targets 800 ms
//   and 150 ms, timed inside the page (bench/ready/readyProbe.js says why). Medians of RUNS, each
//   run after one of a minimal SvelteKit app started and navigated the same way, the same-run
//   reference each screen is also given as a ratio to (bench/ready/referencePhone.js). The
//   home page counts when its list is drawn, by the copy from the last visit app.html draws
//   (src/lib/client/pwa/homeSnapshot.ts) or by the app; the app's own page is reported beside it.
//   READY_BENCH_PROFILES=none measures the warm start only.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from '../scripts/chromium.js';
import { buildIsStale } from '../scripts/freshness.js';
import { freePort, PASSWORD } from './ingest/processes.js';
import { startThrottledLink } from './ready/throttledLink.js';
import { startReadyApp } from './ready/app.js';
import { installReadyProbe, READY_SIGNS, readyTime } from './ready/readyProbe.js';
import { startReferencePhone } from './ready/referencePhone.js';
import { READY_TEXT, signInAndStartDraft } from './ready/firstVisit.js';
import { viteBuild } from './referenceApp.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const BUILD_DIR = process.env.BUILD_OUT ?? 'build';
const RUNS = Number(process.env.READY_BENCH_RUNS ?? 3);
const CPU_SLOWDOWN = 4;
// READY_BENCH_PROFILES=slow (or fast) measures one link only, while working on it.
const PROFILES = [
	{ name: 'slow 3G', rttMs: 400, downKbps: 400, upKbps: 400 },
	{ name: 'fast 3G', rttMs: 150, downKbps: 1600, upKbps: 750 }
].filter((p) => !process.env.READY_BENCH_PROFILES || p.name.startsWith(process.env.READY_BENCH_PROFILES));
const TARGETS = { readyRatio: 1.5, signInSlowMs: 1500, warmMs: 800, openMs: 150 };

/** @param {import('@playwright/test').BrowserContext} context */
async function phonePage(context) {
	const page = await context.newPage();
	const cdp = await context.newCDPSession(page);
	await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
	page.setDefaultTimeout(180_000);
	return page;
}

const PHONE = /** @type {const} */ ({ viewport: { width: 360, height: 740 }, deviceScaleFactor: 2, hasTouch: true, locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh' });

/** @param {import('@playwright/test').Browser} browser */
function phoneContext(browser) {
	return browser.newContext(PHONE);
}

/**
 * A browser with its profile on disk, as a phone's: IndexedDB, the worker's caches and Chromium's
 * code caches live there (an incognito-like context keeps them in memory, which made IndexedDB
 * reads cheaper than a phone's).
 */
function phoneProfile() {
	return chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'vhcv-bench-profile-')), { ...chromiumLaunchOptions(), ...PHONE });
}

/**
 * First visit on one link profile: sign-in usable, then offline-ready, from the same navigation.
 * @param {import('@playwright/test').Browser} browser
 * @param {typeof PROFILES[number]} profile
 * @param {{ appPort: number, linkPort: number }} app
 */
async function firstVisit(browser, profile, app) {
	const linkPort = app.linkPort;
	const link = await startThrottledLink(profile, linkPort, app.appPort);
	const context = await phoneContext(browser);
	try {
		const page = await phonePage(context);
		const origin = `http://127.0.0.1:${linkPort}`;
		// The browser's process for this origin is started first (a tiny static file), so the timings
		// are the page's and the link's, not Chromium starting a renderer on a loaded machine.
		await page.goto(`${origin}/robots.txt`);
		link.take();
		const start = performance.now();
		// READY_BENCH_TRACE=1: when each request ended, and from where (page or service worker).
		if (process.env.READY_BENCH_TRACE) {
			context.on('requestfinished', (request) => {
				const from = request.serviceWorker() ? 'sw  ' : 'page';
				console.log(`${String(Math.round(performance.now() - start)).padStart(6)} ms  ${from}  ${request.method()} ${new URL(request.url()).pathname}`);
			});
		}
		await page.goto(`${origin}/login`, { waitUntil: 'commit' });
		const username = page.getByRole('textbox', { name: 'Tên đăng nhập' });
		await username.waitFor();
		const signInUsableMs = performance.now() - start;
		await username.fill('thanhtra1');
		await page.getByLabel('Mật khẩu', { exact: true }).fill(PASSWORD);
		await page.getByRole('button', { name: 'Đăng nhập' }).click();
		await page.getByText(READY_TEXT, { exact: true }).waitFor();
		const readyMs = performance.now() - start;
		const bytes = link.take();
		const referenceMs = link.bytesAloneMs(bytes);
		return { profile: profile.name, signInUsableMs, readyMs, downKB: bytes.down / 1024, upKB: bytes.up / 1024, referenceMs, ratio: readyMs / referenceMs };
	} finally {
		await context.close();
		await link.stop();
	}
}

/**
 * Warm start offline after a first visit (unthrottled link: only the device is measured), in a
 * browser profile on disk, each run after one of the minimal SvelteKit app's (the same-run reference).
 * @param {string} origin
 */
async function warmStart(origin) {
	console.log('Building the reference SvelteKit app for the warm start…');
	const reference = await startReferencePhone(PHONE, CPU_SLOWDOWN);
	/** @type {import('@playwright/test').BrowserContext | undefined} */
	let context;
	try {
		context = await phoneProfile();
		const setup = await context.newPage();
		setup.setDefaultTimeout(60_000);
		const draftUrl = await signInAndStartDraft(setup, origin);
		// Back to the home page, as after a day's work: it keeps its list for the next start
		// (src/lib/client/pwa/homeSnapshot.ts) once the page is idle.
		await setup.getByRole('link', { name: 'Kiểm tra văn hóa công vụ' }).first().click();
		await setup.waitForFunction(() => localStorage.getItem('vhcv.homeSnapshot')?.includes('Sở Nội vụ'));
		await setup.close();
		await context.setOffline(true);

		// Every page of the warm start carries the in-page probe (bench/ready/readyProbe.js).
		await context.addInitScript(installReadyProbe, READY_SIGNS);

		const runs = [];
		for (let i = 0; i < RUNS; i++) {
			const { pageMs: referencePageMs, navigationMs: referenceNavigationMs } = await reference.run();
			const page = await phonePage(context);
			// Timed in the page and reported by a console message (bench/ready/readyProbe.js says why the
			// page is not polled); then each screen is checked with the locators a person's eye stands
			// for, which must find it at once. Each wait starts before the step that opens the screen.
			// The home page is usable with either list: the copy from the last visit or the app's own.
			const copy = readyTime(page, 'homeCopy', false);
			copy.catch(() => {}); // never drawn when there is no copy: the wait ends with the page
			const own = readyTime(page, 'home', false);
			await page.goto(`${origin}/`, { waitUntil: 'commit' });
			const homeMs = await Promise.race([copy, own]);
			const homeAppMs = await own;
			await page.getByRole('link', { name: /Sở Nội vụ/ }).first().waitFor();
			const form = readyTime(page, 'form', false);
			await page.goto(draftUrl, { waitUntil: 'commit' });
			const formMs = await form;
			const next = page.getByRole('button', { name: 'Phần tiếp theo' });
			await next.waitFor();
			// Usable: the general step's fields are drawn, not only the page's frame.
			await page.getByRole('heading', { name: 'Ảnh chung' }).waitFor();
			// Give the page the idle moment a person's first look at it gives, before the first switch.
			await page.waitForTimeout(1500);
			const section = readyTime(page, 'section', true);
			await next.click();
			const sectionMs = await section;
			await page.locator('#section-heading').filter({ hasText: /^1\./ }).waitFor();
			// The section's item cards (SectionItems, a chunk of its own) are drawn.
			await page.locator('main article').first().waitFor();
			const summary = readyTime(page, 'summary', true);
			await page.locator('.to-summary a').click();
			const summaryMs = await summary;
			await page.getByRole('heading', { name: 'Tóm tắt kết quả kiểm tra' }).waitFor();
			runs.push({ homeMs, homeAppMs, formMs, sectionMs, summaryMs, referencePageMs, referenceNavigationMs });
			console.log(
				`warm run ${i + 1}: home ${ms(homeMs)} (the app's own ${ms(homeAppMs)}), form ${ms(formMs)}, section ${ms(sectionMs)}, summary ${ms(summaryMs)}; reference page ${ms(referencePageMs)}, navigation ${ms(referenceNavigationMs)}`
			);
			await page.close();
		}
		return runs;
	} finally {
		try {
			await context?.close();
		} finally {
			await reference.stop();
		}
	}
}

/** @param {number[]} values */
function median(values) {
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.floor(sorted.length / 2)] ?? NaN;
}

const ms = (/** @type {number} */ v) => `${Math.round(v)} ms`;

async function main() {
	if (buildIsStale(root, BUILD_DIR)) {
		console.log(`Building the app (${BUILD_DIR}/ is missing or older than the sources)…`);
		viteBuild(root);
	}
	const linkPort = await freePort();
	const dataDir = mkdtempSync(join(tmpdir(), 'vhcv-bench-ready-'));
	// ORIGIN is the throttled link's address: the browser only ever talks to the app through it.
	const app = await startReadyApp(join(root, BUILD_DIR), dataDir, `http://127.0.0.1:${linkPort}`);
	const browser = await chromium.launch(chromiumLaunchOptions());
	try {
		const first = [];
		for (const profile of PROFILES) {
			for (let i = 0; i < RUNS; i++) {
				const result = await firstVisit(browser, profile, { appPort: app.port, linkPort });
				console.log(`${profile.name} run ${i + 1}: sign-in usable ${ms(result.signInUsableMs)}, offline-ready ${ms(result.readyMs)} (${result.downKB.toFixed(0)} KB down, bytes alone ${ms(result.referenceMs)}, ×${result.ratio.toFixed(2)})`);
				first.push(result);
			}
		}
		// Warm start needs no throttled link; an unthrottled one on the same port keeps the origin.
		const plain = await startThrottledLink({ rttMs: 0, downKbps: 1e9, upKbps: 1e9 }, linkPort, app.port);
		let warm;
		try {
			warm = await warmStart(`http://127.0.0.1:${linkPort}`);
		} finally {
			await plain.stop();
		}

		console.log(`\nFirst visit, medians of ${RUNS} (4× CPU, 360 px, every request through the link)`);
		const rows = [['link', 'sign-in usable', 'offline-ready', 'KB received', 'bytes alone', 'ratio', `target ×${TARGETS.readyRatio}`]];
		const summary = [];
		for (const profile of PROFILES) {
			const of = first.filter((r) => r.profile === profile.name);
			const row = {
				profile: profile.name,
				signInUsableMs: median(of.map((r) => r.signInUsableMs)),
				readyMs: median(of.map((r) => r.readyMs)),
				downKB: median(of.map((r) => r.downKB)),
				referenceMs: median(of.map((r) => r.referenceMs)),
				ratio: median(of.map((r) => r.ratio))
			};
			summary.push(row);
			rows.push([profile.name, ms(row.signInUsableMs), ms(row.readyMs), row.downKB.toFixed(0), ms(row.referenceMs), `×${row.ratio.toFixed(2)}`, row.ratio <= TARGETS.readyRatio ? 'pass' : 'FAIL']);
		}
		const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
		for (const r of rows) console.log(r.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  '));
		const slow = summary.find((r) => r.profile === 'slow 3G');
		if (slow) console.log(`Sign-in usable on slow 3G: ${ms(slow.signInUsableMs)} (target ≤ ${TARGETS.signInSlowMs} ms): ${slow.signInUsableMs <= TARGETS.signInSlowMs ? 'pass' : 'FAIL'}`);

		const warmMedian = Object.fromEntries(Object.keys(warm[0] ?? {}).map((key) => [key, median(warm.map((r) => /** @type {Record<string, number>} */ (r)[key]))]));
		console.log(`\nWarm start offline, medians of ${RUNS} (4× CPU)`);
		// Ratios to the minimal SvelteKit app started and navigated the same way in the same runs: a
		// page load against its page, a switch inside the app against its navigation.
		const { referencePageMs: refPage, referenceNavigationMs: refNavigation } = warmMedian;
		/** @param {number} value @param {number} target @param {number} reference */
		const verdict = (value, target, reference) => `${ms(value)} (×${(value / reference).toFixed(2)}): ${value <= target ? 'pass' : 'not met'}`;
		console.log(`Reference, a minimal SvelteKit app started the same way: its page ${ms(refPage)}, a navigation in it ${ms(refNavigation)}`);
		console.log(`Target ≤ ${TARGETS.warmMs} ms: home page with its list (the copy from the last visit, links that work) ${verdict(warmMedian.homeMs, TARGETS.warmMs, refPage)};`);
		console.log(`  the app's own home page (sync panel and buttons too) ${verdict(warmMedian.homeAppMs, TARGETS.warmMs, refPage)}; draft form ${verdict(warmMedian.formMs, TARGETS.warmMs, refPage)}`);
		console.log(`Target ≤ ${TARGETS.openMs} ms: first section switch ${verdict(warmMedian.sectionMs, TARGETS.openMs, refNavigation)}, summary ${verdict(warmMedian.summaryMs, TARGETS.openMs, refNavigation)}`);
		console.log('(timed in the page: from the navigation, or the tap, to the frame that draws the screen)');
		console.log('The machine is shared: absolute times are noisy. The ratios are against references measured in the same run:');
		console.log('the bytes alone on the link for the first visit, the minimal SvelteKit app for the warm start.');

		const out = join(root, 'bench', 'results');
		mkdirSync(out, { recursive: true });
		writeFileSync(
			join(out, 'ready.json'),
			JSON.stringify({ measuredAt: new Date().toISOString(), cpuSlowdown: CPU_SLOWDOWN, runs: RUNS, profiles: PROFILES, targets: TARGETS, firstVisit: { runs: first, medians: summary }, warmStart: { runs: warm, medians: warmMedian } }, null, '\t') + '\n'
		);
		console.log('Written bench/results/ready.json');
	} finally {
		await browser.close();
		await app.stop();
	}
}

await main();
