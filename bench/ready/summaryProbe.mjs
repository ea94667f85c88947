// Diagnostic, not a benchmark: where opening the summary from a checklist section spends its time.
// Signs in, makes a draft, goes offline, then RUNS (5) times opens the draft, switches to the first
// section and taps "Xem tóm tắt" at 4× CPU (CPU=n), printing the time to the summary's heading.
// PROFILE=1 writes a CPU profile of each tap to PROFILE_DIR (/tmp), TRACE=1 a Chromium trace of the
// last run, BUILD_OUT another build.   node bench/ready/summaryProbe.mjs
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from '../../scripts/chromium.js';
import { freePort } from '../ingest/processes.js';
import { signInAndStartDraft } from './firstVisit.js';
import { startReadyApp } from './app.js';
import { installReadyProbe, READY_SIGNS, readyTime } from './readyProbe.js';
import { startThrottledLink } from './throttledLink.js';

const port = await freePort();
const origin = `http://127.0.0.1:${port}`;
const app = await startReadyApp(process.env.BUILD_OUT ?? 'build', mkdtempSync(join(tmpdir(), 'summary-')), origin);
const link = await startThrottledLink({ name: 'none', rttMs: 0, downKbps: 1e6, upKbps: 1e6 }, port, app.port);
const out = process.env.PROFILE_DIR ?? '/tmp';
const context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'summary-profile-')), {
	...chromiumLaunchOptions(),
	viewport: { width: 360, height: 740 },
	locale: 'vi-VN',
	timezoneId: 'Asia/Ho_Chi_Minh'
});
const browser = context.browser() ?? { startTracing: async () => {}, stopTracing: async () => {} };
const setup = await context.newPage();
const draftUrl = await signInAndStartDraft(setup, origin);
await setup.close();
await context.setOffline(true);
await context.addInitScript(installReadyProbe, READY_SIGNS);
const runs = Number(process.env.RUNS ?? 5);
const times = [];
for (let i = 0; i < runs; i++) {
	const page = await context.newPage();
	const cdp = await context.newCDPSession(page);
	await cdp.send('Emulation.setCPUThrottlingRate', { rate: Number(process.env.CPU ?? 4) });
	const form = readyTime(page, 'form', false);
	await page.goto(draftUrl, { waitUntil: 'commit' });
	await form;
	const next = page.getByRole('button', { name: 'Phần tiếp theo' });
	await next.waitFor();
	await page.waitForTimeout(1500);
	const section = readyTime(page, 'section', true);
	await next.click();
	await section;
	await page.locator('main article').first().waitFor();
	await page.waitForTimeout(Number(process.env.IDLE_MS ?? 0));
	const traced = process.env.TRACE && i === runs - 1;
	if (process.env.PROFILE) {
		await cdp.send('Profiler.enable');
		await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
		await cdp.send('Profiler.start');
	}
	if (traced) await browser.startTracing(page, { path: `${out}/summary-trace.json`, categories: ['devtools.timeline', 'v8', 'v8.execute', 'disabled-by-default-devtools.timeline', 'blink', 'loading', 'disabled-by-default-v8.compile', 'blink.user_timing'] });
	const summary = readyTime(page, 'summary', true);
	await page.locator('.to-summary a').click();
	const ms = await summary;
	await page.getByRole('heading', { name: 'Tóm tắt kết quả kiểm tra' }).waitFor();
	await page.waitForTimeout(300);
	if (traced) await browser.stopTracing();
	if (process.env.PROFILE) {
		const { profile } = await cdp.send('Profiler.stop');
		writeFileSync(`${out}/summary-${i}.cpuprofile`, JSON.stringify(profile));
	}
	const marks = await page.evaluate(() => performance.getEntriesByType('mark').map((m) => `${m.name} ${Math.round(m.startTime)}`));
	times.push(ms);
	console.log(`run ${i + 1}: summary ${Math.round(ms)} ms${marks.length ? ` marks ${marks.join(', ')}` : ''}`);
	await page.close();
}
times.sort((a, b) => a - b);
console.log(`median ${Math.round(times[Math.floor(times.length / 2)])} ms`);
await context.close();
await link.stop();
await app.stop();
