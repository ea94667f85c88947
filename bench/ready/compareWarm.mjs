// Diagnostic: the warm start of two builds in alternation, on the same machine in the same minutes,
// so that a change (or the tree before a whole issue) can be told from the machine's noise. Each
// build runs on its own server and browser profile on disk; after its first visit (signed in, a
// draft made, the catalog on the device, back on the home page) each round opens, in each build in
// turn and offline at 4× CPU: the home page, the draft form, the first checklist section and the
// summary, timed by the in-page probe as `npm run bench -- ready` times them (bench/ready.js).
//   BUILD_B=/path/to/other/build [BUILD_A=build] [RUNS=5] node bench/ready/compareWarm.mjs
// BUILD_B may be an older tree's build (a git worktree with its own node_modules): the sign-in and
// the screens' signs must be the same there.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from '../../scripts/chromium.js';
import { freePort } from '../ingest/processes.js';
import { signInAndStartDraft } from './firstVisit.js';
import { startReadyApp } from './app.js';
import { installReadyProbe, READY_SIGNS, readyTime } from './readyProbe.js';
import { startThrottledLink } from './throttledLink.js';

const RUNS = Number(process.env.RUNS ?? 5);
const PHONE = { viewport: { width: 360, height: 740 }, deviceScaleFactor: 2, hasTouch: true, locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh' };
if (!process.env.BUILD_B) throw new Error('BUILD_B: the build to compare with');
const builds = [
	{ name: 'A', dir: process.env.BUILD_A ?? 'build' },
	{ name: 'B', dir: process.env.BUILD_B }
];

/** A build's server and its phone, after the first visit. @param {string} dir */
async function prepare(dir) {
	const port = await freePort();
	const origin = `http://127.0.0.1:${port}`;
	const app = await startReadyApp(dir, mkdtempSync(join(tmpdir(), 'compare-')), origin);
	const link = await startThrottledLink({ name: 'none', rttMs: 0, downKbps: 1e6, upKbps: 1e6 }, port, app.port);
	const context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'compare-profile-')), { ...chromiumLaunchOptions(), ...PHONE });
	const setup = await context.newPage();
	const draftUrl = await signInAndStartDraft(setup, origin, { waitReady: false });
	await setup.getByRole('link', { name: 'Kiểm tra văn hóa công vụ' }).first().click();
	await setup.getByRole('link', { name: /Sở Nội vụ/ }).first().waitFor();
	// Whatever the build keeps for offline use (the worker's precache, a copy of the home page) has
	// had time to settle; an older build may not say when it is ready.
	await setup.waitForFunction(() => navigator.serviceWorker.controller !== null);
	await setup.waitForTimeout(5000);
	await setup.close();
	await context.setOffline(true);
	await context.addInitScript(installReadyProbe, READY_SIGNS);
	const stop = async () => {
		await context.close();
		await link.stop();
		await app.stop();
	};
	return { origin, draftUrl, context, stop };
}

/** One warm start: each screen's time as the bench counts it. @param {Awaited<ReturnType<typeof prepare>>} phone */
async function warmRun(phone) {
	const page = await phone.context.newPage();
	page.setDefaultTimeout(60_000);
	const cdp = await phone.context.newCDPSession(page);
	await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
	const copy = readyTime(page, 'homeCopy', false);
	copy.catch(() => {});
	const own = readyTime(page, 'home', false);
	await page.goto(`${phone.origin}/`, { waitUntil: 'commit' });
	const home = await Promise.race([copy, own]);
	const homeApp = await own;
	const form = readyTime(page, 'form', false);
	await page.goto(phone.draftUrl, { waitUntil: 'commit' });
	const formMs = await form;
	const next = page.getByRole('button', { name: 'Phần tiếp theo' });
	await next.waitFor();
	await page.waitForTimeout(1500);
	const section = readyTime(page, 'section', true);
	await next.click();
	const sectionMs = await section;
	await page.locator('main article').first().waitFor();
	const summary = readyTime(page, 'summary', true);
	await page.locator('.to-summary a').click();
	const summaryMs = await summary;
	await page.getByRole('heading', { name: 'Tóm tắt kết quả kiểm tra' }).waitFor();
	await page.close();
	return { home, homeApp, form: formMs, section: sectionMs, summary: summaryMs };
}

const phones = [];
/** @type {Record<string, Record<string, number>[]>} */
const results = { A: [], B: [] };
try {
	for (const build of builds) phones.push(await prepare(build.dir));
	for (let i = 0; i < RUNS; i++) {
		for (const [n, build] of builds.entries()) {
			const run = await warmRun(phones[n]);
			results[build.name].push(run);
			console.log(`round ${i + 1} ${build.name}: ${Object.entries(run).map(([k, v]) => `${k} ${Math.round(v)}`).join(', ')}`);
		}
	}
} finally {
	for (const phone of phones) await phone.stop();
}
const median = (/** @type {number[]} */ xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
console.log(`\nmedians of ${RUNS}, ms (A ${builds[0].dir}, B ${builds[1].dir}):`);
for (const key of ['home', 'homeApp', 'form', 'section', 'summary']) {
	const a = median(results.A.map((r) => r[key]));
	const b = median(results.B.map((r) => r[key]));
	console.log(`${key.padEnd(8)} A ${String(Math.round(a)).padStart(5)}  B ${String(Math.round(b)).padStart(5)}  A/B ×${(a / b).toFixed(2)}`);
}
