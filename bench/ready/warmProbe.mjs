// Diagnostic, not a benchmark: where a warm offline start of the home page spends its time. Signs in,
// makes a draft, goes offline, then opens the home page three times in new tabs at 4× CPU (CPU=n),
// printing navigation timings. WARM_RENDERER=1 opens the origin first (so only the page is timed),
// PROFILE=1 writes CPU profiles to PROFILE_DIR (/tmp), TRACE=1 (TRACE_RUN=n) a Chromium trace, PERSIST=1 uses
// a profile on disk instead of an incognito-like context, BUILD_OUT another build (say one with
// `build.minify: false`, for named functions in profiles).   node bench/ready/warmProbe.mjs
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from '../../scripts/chromium.js';
import { startReadyApp } from './app.js';
import { installReadyProbe, READY_SIGNS, readyTime } from './readyProbe.js';
import { freePort } from '../ingest/processes.js';
import { signInAndStartDraft } from './firstVisit.js';

const port = await freePort();
const origin = `http://127.0.0.1:${port}`;
// The app listens on its own port; the origin must be what the browser uses, so proxy-free: start on that port.
const app = await startReadyApp(process.env.BUILD_OUT ?? 'build', mkdtempSync(join(tmpdir(), 'warm-')), origin);
const { startThrottledLink } = await import('./throttledLink.js');
const link = await startThrottledLink({ name: 'none', rttMs: 0, downKbps: 1e6, upKbps: 1e6 }, port, app.port);
const contextOptions = { viewport: { width: 360, height: 740 }, locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh' };
// PERSIST=1: a real profile on disk (as a phone's browser), not an incognito-like context.
const context = process.env.PERSIST
	? await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'warm-profile-')), { ...chromiumLaunchOptions(), ...contextOptions })
	: await (await chromium.launch(chromiumLaunchOptions())).newContext(contextOptions);
const browser = context.browser() ?? { startTracing: async () => {}, stopTracing: async () => {}, close: () => context.close() };
const setup = await context.newPage();
await signInAndStartDraft(setup, origin);
await setup.close();
await context.setOffline(true);
// Timed by the in-page probe: a locator would first evaluate Playwright's helper script in the page.
await context.addInitScript(installReadyProbe, READY_SIGNS);
for (let i = 0; i < 3; i++) {
	const page = await context.newPage();
	const cdp = await context.newCDPSession(page);
	await cdp.send('Emulation.setCPUThrottlingRate', { rate: Number(process.env.CPU ?? 4) });
	if (process.env.WARM_RENDERER) await page.goto(`${origin}/robots.txt`).catch(() => {});
	if (process.env.PROFILE) { await cdp.send('Profiler.enable'); await cdp.send('Profiler.setSamplingInterval', { interval: 200 }); await cdp.send('Profiler.start'); }
	if (process.env.TRACE && i === Number(process.env.TRACE_RUN ?? 1)) await browser.startTracing(page, { path: `${process.env.PROFILE_DIR ?? '/tmp'}/warm-trace.json`, categories: ['devtools.timeline', 'v8', 'v8.execute', 'disabled-by-default-devtools.timeline', 'blink', 'loading', 'disabled-by-default-v8.compile'] });
	const home = readyTime(page, 'home', false);
	const t0 = performance.now();
	await page.goto(`${origin}/`, { waitUntil: 'commit' });
	const tCommit = performance.now() - t0;
	const homeMs = await home;
	const total = performance.now() - t0;
	if (process.env.TRACE && i === Number(process.env.TRACE_RUN ?? 1)) await browser.stopTracing();
	if (process.env.PROFILE) { const { profile } = await cdp.send('Profiler.stop'); (await import('node:fs')).writeFileSync(`${process.env.PROFILE_DIR ?? '/tmp'}/warm-${i}.cpuprofile`, JSON.stringify(profile)); }
	const nav = await page.evaluate(() => {
		const n = performance.getEntriesByType('navigation')[0];
		const r = performance.getEntriesByType('resource').map((e) => `${e.name.replace(location.origin, '')} ${Math.round(e.startTime)}→${Math.round(e.responseEnd)}`);
		return { workerStart: n.workerStart, fetchStart: n.fetchStart, responseEnd: n.responseEnd, domInteractive: n.domInteractive, dcl: n.domContentLoadedEventEnd, now: performance.now(), r, marks: performance.getEntriesByType('mark').map((m) => `${m.name} ${Math.round(m.startTime)}`) };
	});
	console.log(JSON.stringify({ run: i, tCommit: Math.round(tCommit), total: Math.round(total), workerStart: Math.round(nav.workerStart), fetchStart: Math.round(nav.fetchStart), responseEnd: Math.round(nav.responseEnd), domInteractive: Math.round(nav.domInteractive), dcl: Math.round(nav.dcl), pageNow: Math.round(nav.now), homeMs: Math.round(homeMs) }));
	if (i === 2) console.log(nav.r.join('\n'));
	await page.close();
}
await browser.close();
await link.stop();
await app.stop();
