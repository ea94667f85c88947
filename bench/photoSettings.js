// Which JPEG encoder settings store a photo in the fewest bytes at the fidelity the app had before
// mozjpeg (the canvas at quality 0.75, rewritten as progressive): every fixture at its stored size
// (1600 px), the canvas and mozjpeg (@jsquash/jpeg) at a ladder of qualities for each setting
// family, in one Chromium page (bench/photos/sweep.js). For each family and photo, the bytes at the
// lowest quality whose luma PSNR and SSIM are both at least the canvas's; chroma PSNR is reported
// too, since the yardstick is luma only. Encode times are on the page's main thread (one core of
// a shared machine: noisy; compare within the run).
//
// `npm run bench -- photo-settings`. PHOTO_SETTINGS_FAMILIES=name,name and PHOTO_SETTINGS_PHOTOS=file,file
// limit the families and photos, PHOTO_SETTINGS_QUALITIES=q,q sets the ladder (each trial takes a second or two: the whole sweep is long);
// PHOTO_SETTINGS_RESIZE=1 adds the resize filters' share (createImageBitmap's three, and an exact area average).
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from '../scripts/chromium.js';
import { buildPage, serve } from './photos/site.js';
import { PHOTO_FIXTURES } from './photos/fixtures.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const LONG_EDGE = 1600;
// 45 and 92 for WebP, whose bar falls outside 55–85 on some photos.
const QUALITIES = process.env.PHOTO_SETTINGS_QUALITIES?.split(',').map(Number) ?? [45, 55, 60, 65, 70, 75, 80, 85, 92];

/** mozjpeg's library defaults as @jsquash/jpeg passes them (progressive, optimised Huffman, trellis). */
const MOZ = {
	quality: 75,
	baseline: false,
	arithmetic: false,
	progressive: true,
	optimize_coding: true,
	smoothing: 0,
	color_space: 3,
	quant_table: 3,
	trellis_multipass: false,
	trellis_opt_zero: false,
	trellis_opt_table: false,
	trellis_loops: 1,
	auto_subsample: true,
	chroma_subsample: 2,
	separate_chroma_quality: false,
	chroma_quality: 75
};

/** @type {Record<string, (q: number) => any>} */
const FAMILIES = {
	canvas: (q) => ({ encoder: 'canvas', quality: q / 100 }),
	// Not JPEG: for comparison only (the server takes JPEG and PNG; Safari's canvas cannot write WebP).
	'canvas-webp': (q) => ({ encoder: 'canvas-webp', quality: q / 100 }),
	'moz-default': (q) => ({ encoder: 'mozjpeg', options: { ...MOZ, quality: q } }),
	'moz-annexK': (q) => ({ encoder: 'mozjpeg', options: { ...MOZ, quality: q, quant_table: 0 } }),
	'moz-msssim': (q) => ({ encoder: 'mozjpeg', options: { ...MOZ, quality: q, quant_table: 2 } }),
	'moz-psnrhvs': (q) => ({ encoder: 'mozjpeg', options: { ...MOZ, quality: q, quant_table: 4 } }),
	'moz-baseline': (q) => ({ encoder: 'mozjpeg', options: { ...MOZ, quality: q, progressive: false } }),
	// mozjpeg turns to 4:4:4 chroma at quality 80 and above (auto_subsample): forced to stay at 4:2:0.
	'moz-420': (q) => ({ encoder: 'mozjpeg', options: { ...MOZ, quality: q, auto_subsample: false, chroma_subsample: 2 } }),
	'moz-msssim-420': (q) => ({ encoder: 'mozjpeg', options: { ...MOZ, quality: q, quant_table: 2, auto_subsample: false, chroma_subsample: 2 } }),
	'moz-444': (q) => ({ encoder: 'mozjpeg', options: { ...MOZ, quality: q, auto_subsample: false, chroma_subsample: 1 } }),
	'moz-trellis-all': (q) => ({
		encoder: 'mozjpeg',
		options: { ...MOZ, quality: q, trellis_multipass: true, trellis_opt_zero: true, trellis_opt_table: true }
	}),
	'moz-chroma-5lower': (q) => ({
		encoder: 'mozjpeg',
		options: { ...MOZ, quality: q, separate_chroma_quality: true, chroma_quality: q - 5 }
	})
};

/**
 * Bytes (and the rest) at the lowest quality meeting both bars, linearly interpolated between the
 * two ladder steps around it on PSNR/SSIM (whichever bar needs the higher quality).
 * @param {{q: number, bytes: number, psnr: number, ssim: number, ms: number, chromaPsnr: number}[]} ladder
 * @param {{psnr: number, ssim: number}} bar
 */
function atBar(ladder, bar) {
	/** @param {'psnr' | 'ssim'} key */
	const crossing = (key) => {
		for (let i = 0; i < ladder.length; i++) {
			if (ladder[i][key] >= bar[key]) {
				if (i === 0) return ladder[0].q;
				const [a, b] = [ladder[i - 1], ladder[i]];
				return a.q + ((bar[key] - a[key]) / (b[key] - a[key])) * (b.q - a.q);
			}
		}
		return Infinity;
	};
	const q = Math.max(crossing('psnr'), crossing('ssim'));
	if (!Number.isFinite(q)) return null;
	const i = Math.max(1, ladder.findIndex((step) => step.q >= q));
	const [a, b] = [ladder[i - 1], ladder[i]];
	const t = Math.min(1, Math.max(0, (q - a.q) / (b.q - a.q)));
	/** @param {'bytes' | 'ms' | 'chromaPsnr'} key */
	const lerp = (key) => a[key] + t * (b[key] - a[key]);
	return { q, bytes: lerp('bytes'), ms: lerp('ms'), chromaPsnr: lerp('chromaPsnr') };
}

async function main() {
	const only = process.env.PHOTO_SETTINGS_FAMILIES?.split(',');
	const families = Object.entries(FAMILIES).filter(([name]) => !only || name === 'canvas' || only.includes(name));
	const photos = process.env.PHOTO_SETTINGS_PHOTOS?.split(',') ?? PHOTO_FIXTURES;
	console.log('Photo encoder settings: bundling the page with Vite…');
	const site = await serve(await buildPage());
	const browser = await chromium.launch(chromiumLaunchOptions());
	try {
		const page = await browser.newPage();
		page.on('pageerror', (e) => console.error(String(e)));
		await page.goto(site.origin);
		await page.waitForFunction(() => 'photoSweep' in window);
		/** @type {{maxBytes: number, minQuality: number}} the app's defaults, from the bundle */
		const appOptions = await page.evaluate(() => /** @type {any} */ (window).photoSweep.DEFAULT_PHOTO_OPTIONS);
		/** @type {Record<string, any>} */
		const results = {};
		for (const name of photos) {
			if (process.env.PHOTO_SETTINGS_VERBOSE) console.log('preparing', name);
			await page.evaluate(([n, e]) => /** @type {any} */ (window).photoSweep.prepare(n, e), /** @type {const} */ ([name, LONG_EDGE]));
			// Warm-up: the WASM module compiles on first use.
			await page.evaluate((n) => /** @type {any} */ (window).photoSweep.trial(n, { encoder: 'mozjpeg', options: {} }), name);
			/** @type {Record<string, any[]>} */
			const ladders = {};
			for (const [family, setting] of families) {
				ladders[family] = [];
				for (const q of QUALITIES) {
					const r = await page.evaluate(([n, s]) => /** @type {any} */ (window).photoSweep.trial(n, s), [name, setting(q)]);
					ladders[family].push({ q, ...r });
					if (process.env.PHOTO_SETTINGS_VERBOSE) console.log(name, family, q, JSON.stringify(r));
				}
			}
			// What the app stores today: the canvas at 0.75, or 0.1 lower until it fits the byte cap.
			let todayQuality = 75;
			let today = await page.evaluate(([n, s]) => /** @type {any} */ (window).photoSweep.trial(n, s), [name, FAMILIES.canvas(todayQuality)]);
			while (today.bytes > appOptions.maxBytes && todayQuality - 10 >= appOptions.minQuality * 100) {
				todayQuality -= 10;
				today = await page.evaluate(([n, s]) => /** @type {any} */ (window).photoSweep.trial(n, s), [name, FAMILIES.canvas(todayQuality)]);
			}
			today.quality = todayQuality;
			const rows = families.map(([family]) => ({ family, ...atBar(ladders[family], today) }));
			results[name] = { today, ladders, atTodaysFidelity: rows };
			if (process.env.PHOTO_SETTINGS_RESIZE) {
				// The resize filter's share: the canvas at today's quality after each resize (sweep.js).
				results[name].resize = await page.evaluate(([n, e, q]) => /** @type {any} */ (window).photoSweep.resizeTrial(n, e, q), [name, LONG_EDGE, todayQuality / 100]);
				console.log(`  resize filters at ${todayQuality / 100}: ${JSON.stringify(results[name].resize)}`);
			}
			console.log(`\n${name}: today (canvas ${todayQuality / 100} + progressive) ${(today.bytes / 1024).toFixed(0)} KB, PSNR ${today.psnr.toFixed(2)} dB, SSIM ${today.ssim.toFixed(4)}, chroma PSNR ${today.chromaPsnr.toFixed(2)} dB`);
			for (const row of rows) {
				if (row.bytes === undefined) {
					console.log(`  ${row.family.padEnd(18)} never reaches today's fidelity on the ladder`);
					continue;
				}
				console.log(
					`  ${row.family.padEnd(18)} q ${row.q.toFixed(1).padStart(5)}  ${(row.bytes / 1024).toFixed(0).padStart(4)} KB  ×${(row.bytes / today.bytes).toFixed(3)}  ` +
						`encode ${row.ms.toFixed(0).padStart(4)} ms  chroma PSNR ${row.chromaPsnr.toFixed(2)} dB`
				);
			}
		}
		console.log("\nBytes at today's fidelity, summed over the photos, against today's:");
		const todayTotal = photos.reduce((sum, n) => sum + results[n].today.bytes, 0);
		for (const [family] of families) {
			const bytes = photos.map((n) => results[n].atTodaysFidelity.find((/** @type {any} */ r) => r.family === family)?.bytes);
			const missed = bytes.filter((b) => b === undefined).length;
			const total = bytes.reduce((sum, b) => sum + (b ?? 0), 0);
			console.log(`  ${family.padEnd(18)} ${missed ? `n/a: today's fidelity not reached on ${missed} photo(s)` : `×${(total / todayTotal).toFixed(3)} of today's bytes`}`);
		}
		const out = join(root, 'bench', 'results');
		mkdirSync(out, { recursive: true });
		writeFileSync(join(out, 'photo-settings.json'), JSON.stringify({ measuredAt: new Date().toISOString(), longEdge: LONG_EDGE, results }, null, '\t') + '\n');
		console.log('\nWritten bench/results/photo-settings.json');
	} finally {
		await browser.close();
		await site.close();
	}
}

await main();
