// The benchmark page: the app's own photo pipeline (worker, queue, EXIF, resize, JPEG, thumbnail,
// SHA-256) and browser-image-compression, loaded side by side in one Chromium page. bench/photos.js
// bundles this with Vite and drives it; each call returns the time, the output bytes and the
// longest stretch the main thread was blocked while it ran; quality() compares the outputs with
// the source, untimed.
import imageCompression from 'browser-image-compression';
import { toProgressive } from '$lib/client/evidence/jpeg/toProgressive';
import { PhotoProcessor } from '$lib/client/evidence/photoProcessor';
import { DEFAULT_PHOTO_OPTIONS } from '$lib/client/evidence/photoOptions';
import { processPhoto } from '$lib/client/evidence/processPhoto';
import { boxReference, compare, decodedLuma, samePixels } from './fidelity.js';

const processor = new PhotoProcessor();
/** @type {Map<string, File>} */
const files = new Map();

/** @param {string} name */
async function fixture(name) {
	let file = files.get(name);
	if (!file) {
		const response = await fetch(`/fixtures/${name}`);
		file = new File([await response.blob()], name, { type: 'image/jpeg' });
		files.set(name, file);
	}
	return file;
}

/**
 * Runs `work` while watching the main thread two ways: the Long Tasks API (tasks ≥ 50 ms) and a
 * heartbeat every 4 ms whose largest gap bounds the longest task of any length.
 * @param {() => Promise<Blob>} work resolves with the output image
 */
async function measure(work) {
	/** @type {number[]} */
	const longTasks = [];
	const observer = new PerformanceObserver((list) => longTasks.push(...list.getEntries().map((e) => e.duration)));
	observer.observe({ type: 'longtask' });
	let last = performance.now();
	let longestGap = 0;
	const heartbeat = setInterval(() => {
		const now = performance.now();
		longestGap = Math.max(longestGap, now - last);
		last = now;
	}, 4);
	const started = performance.now();
	const output = await work();
	const ms = performance.now() - started;
	// Let the last task and its long-task entry land.
	await new Promise((resolve) => setTimeout(resolve, 60));
	clearInterval(heartbeat);
	observer.disconnect();
	// Outside the timed part: the output's size in pixels, to compare like with like.
	const bitmap = await createImageBitmap(output);
	const result = { ms, bytes: output.size, width: bitmap.width, height: bitmap.height, longestTask: Math.max(0, ...longTasks), longestGap };
	bitmap.close();
	return result;
}

// PHOTO_BENCH_OPTIONS (JSON, from bench/photos.js) overrides the app's defaults for experiments.
const options = { ...DEFAULT_PHOTO_OPTIONS, ...JSON.parse(new URLSearchParams(location.search).get('options') ?? '{}') };

window.photoBench = {
	options,
	/** @param {string} name */
	load: (name) => fixture(name).then((f) => f.size),
	/** @param {string} name */
	ours: async (name) => {
		const file = await fixture(name);
		return measure(async () => {
			const result = await processor.process(file, undefined, options);
			if (!result.ok) throw new Error(`${name}: ${result.reason} ${result.detail}`);
			return new Blob([result.photo.image.bytes], { type: result.photo.image.mime });
		});
	},
	/**
	 * The worker's own code (processPhoto) run on the main thread: DevTools' CPU throttling slows
	 * only a page's main thread, never a worker, so this is how a slow phone's photo processing is
	 * measured (an upper bound: the worker would also keep the page free meanwhile).
	 * @param {string} name
	 */
	oursMain: async (name) => {
		const file = await fixture(name);
		return measure(async () => {
			const result = await processPhoto(file, options);
			if (!result.ok) throw new Error(`${name}: ${result.reason} ${result.detail}`);
			return new Blob([result.photo.image.bytes], { type: result.photo.image.mime });
		});
	},
	/**
	 * browser-image-compression with the same targets (referenceOutput below).
	 * @param {string} name
	 * @param {boolean} useWebWorker
	 */
	reference: async (name, useWebWorker) => {
		const file = await fixture(name);
		return measure(() => referenceOutput(file, useWebWorker));
	},
	/**
	 * Outside the timed runs: how close each output is to the source (fidelity.js), which encoder
	 * ours kept (JPEG or WebP), and, for a JPEG, whether our progressive rewrite is lossless: the
	 * picture encoded as the canvas does, at the quality ours settled on, must decode to exactly the
	 * pixels of its rewrite, and the rewrite must be the bytes ours stored. (A WebP is stored as the
	 * canvas wrote it: the same encode must give the same bytes.)
	 * @param {string} name
	 */
	quality: async (name) => {
		const file = await fixture(name);
		const result = await processor.process(file, undefined, options);
		if (!result.ok) throw new Error(`${name}: ${result.reason} ${result.detail}`);
		const { width, height } = result.photo.image;
		const mime = result.photo.image.mime;
		const ours = new Blob([result.photo.image.bytes], { type: mime });
		const theirs = await referenceOutput(file, true);
		const key = `${name} ${width}×${height}`;
		const reference = references.get(key) ?? (await boxReference(file, width, height));
		references.set(key, reference);

		const bitmap = await createImageBitmap(file, { imageOrientation: 'from-image' });
		const canvas = new OffscreenCanvas(width, height);
		const context = /** @type {OffscreenCanvasRenderingContext2D} */ (canvas.getContext('2d'));
		context.imageSmoothingQuality = 'high';
		context.drawImage(bitmap, 0, 0, width, height);
		bitmap.close();
		const baseline = await canvas.convertToBlob({ type: mime, quality: result.photo.quality });
		const rewritten = new Uint8Array(mime === 'image/jpeg' ? toProgressive(await baseline.arrayBuffer()) : await baseline.arrayBuffer());
		const stored = new Uint8Array(result.photo.image.bytes);
		return {
			ours: compare(reference, await decodedLuma(ours, width, height), width, height),
			reference: compare(reference, await decodedLuma(theirs, width, height), width, height),
			mime,
			quality: result.photo.quality,
			baselineBytes: baseline.size,
			losslessRewrite: mime === 'image/jpeg' ? await samePixels(baseline, new Blob([rewritten], { type: 'image/jpeg' })) : true,
			sameAsStored: rewritten.length === stored.length && rewritten.every((b, i) => b === stored[i])
		};
	}
};

/** @type {Map<string, Float32Array>} */
const references = new Map();

/**
 * browser-image-compression with the same targets: long edge, starting quality, byte cap.
 * @param {File} file
 * @param {boolean} useWebWorker
 */
function referenceOutput(file, useWebWorker) {
	return imageCompression(file, {
		maxWidthOrHeight: options.longEdge,
		initialQuality: options.quality,
		maxSizeMB: options.maxBytes / 1024 / 1024,
		fileType: 'image/jpeg',
		useWebWorker,
		// Its worker loads the library from a CDN by default; this machine has none, so serve it here.
		libURL: '/browser-image-compression.js'
	});
}

// The encoder settings sweep (bench/photoSettings.js) runs on the same page.
window.photoSweep = await import('./sweep.js');
