// Encoder settings sweep (driven by bench/photoSettings.js): one photo at its stored size, as the
// app's worker has it before encoding (decoded with EXIF orientation and resized by
// createImageBitmap at 'high'), encoded by the canvas and by mozjpeg (@jsquash/jpeg) with many
// settings; each output's bytes, encode time on this thread, and fidelity to the source
// (fidelity.js: luma PSNR/SSIM against an exact area average at the stored size), plus chroma PSNR
// against the same resized pixels so that settings which only save on colour are seen doing so.
import encodeMozjpeg from '@jsquash/jpeg/encode';
import { toProgressive } from '$lib/client/evidence/jpeg/toProgressive';
import { fitLongEdge } from '$lib/client/evidence/photoCanvas';
export { DEFAULT_PHOTO_OPTIONS } from '$lib/client/evidence/photoOptions';
import { boxReference, boxWeights, compare } from './fidelity.js';

/** @type {Map<string, {pixels: ImageData, reference: Float32Array}>} */
const prepared = new Map();

/** @param {string} name @param {number} longEdge */
export async function prepare(name, longEdge) {
	const file = await (await fetch(`/fixtures/${name}`)).blob();
	const upright = await createImageBitmap(file, { imageOrientation: 'from-image' });
	const size = fitLongEdge(upright, longEdge);
	upright.close();
	const bitmap = await createImageBitmap(file, {
		imageOrientation: 'from-image',
		resizeWidth: size.width,
		resizeHeight: size.height,
		resizeQuality: 'high'
	});
	const canvas = new OffscreenCanvas(size.width, size.height);
	const context = /** @type {OffscreenCanvasRenderingContext2D} */ (canvas.getContext('2d'));
	context.drawImage(bitmap, 0, 0);
	bitmap.close();
	const pixels = context.getImageData(0, 0, size.width, size.height);
	prepared.set(name, { pixels, reference: await boxReference(file, size.width, size.height) });
	return size;
}

/** @param {Uint8ClampedArray} rgba */
function planes(rgba) {
	const n = rgba.length / 4;
	const y = new Float32Array(n);
	const cb = new Float32Array(n);
	const cr = new Float32Array(n);
	for (let i = 0, j = 0; j < n; i += 4, j++) {
		const [r, g, b] = [rgba[i], rgba[i + 1], rgba[i + 2]];
		y[j] = 0.299 * r + 0.587 * g + 0.114 * b;
		cb[j] = -0.168736 * r - 0.331264 * g + 0.5 * b;
		cr[j] = 0.5 * r - 0.418688 * g - 0.081312 * b;
	}
	return { y, cb, cr };
}

/** @param {Float32Array} a @param {Float32Array} b */
function psnr(a, b) {
	let squared = 0;
	for (let i = 0; i < a.length; i++) squared += (a[i] - b[i]) ** 2;
	return 10 * Math.log10((255 * 255) / (squared / a.length));
}

/**
 * @param {string} name
 * @param {{encoder: 'canvas' | 'canvas-webp', quality: number} | {encoder: 'mozjpeg', options: Record<string, number | boolean>}} setting
 */
export async function trial(name, setting) {
	const entry = prepared.get(name);
	if (!entry) throw new Error(`${name} not prepared`);
	const { pixels, reference } = entry;
	const { width, height } = pixels;
	const started = performance.now();
	/** @type {ArrayBuffer} */
	let bytes;
	if (setting.encoder === 'canvas' || setting.encoder === 'canvas-webp') {
		const canvas = new OffscreenCanvas(width, height);
		/** @type {OffscreenCanvasRenderingContext2D} */ (canvas.getContext('2d')).putImageData(pixels, 0, 0);
		const type = setting.encoder === 'canvas' ? 'image/jpeg' : 'image/webp';
		const blob = await canvas.convertToBlob({ type, quality: setting.quality });
		bytes = type === 'image/jpeg' ? toProgressive(await blob.arrayBuffer()) : await blob.arrayBuffer();
	} else {
		bytes = await encodeMozjpeg(pixels, setting.options);
	}
	const ms = performance.now() - started;
	const bitmap = await createImageBitmap(new Blob([bytes]));
	const canvas = new OffscreenCanvas(width, height);
	const context = /** @type {OffscreenCanvasRenderingContext2D} */ (canvas.getContext('2d'));
	context.drawImage(bitmap, 0, 0);
	bitmap.close();
	const decoded = planes(context.getImageData(0, 0, width, height).data);
	const before = planes(pixels.data);
	const fidelity = compare(reference, decoded.y, width, height);
	return {
		bytes: bytes.byteLength,
		ms,
		psnr: fidelity.psnr,
		ssim: fidelity.ssim,
		chromaPsnr: (psnr(before.cb, decoded.cb) + psnr(before.cr, decoded.cr)) / 2
	};
}

/**
 * How the resize filter alone moves bytes and fidelity: the photo resized to its stored size by
 * createImageBitmap at each resizeQuality, and by an exact area average (the yardstick's own
 * filter, in RGB), each encoded by the canvas at one quality.
 * @param {string} name @param {number} longEdge @param {number} quality
 */
export async function resizeTrial(name, longEdge, quality) {
	const file = await (await fetch(`/fixtures/${name}`)).blob();
	const full = await createImageBitmap(file, { imageOrientation: 'from-image' });
	const { width, height } = fitLongEdge(full, longEdge);
	const reference = await boxReference(file, width, height);
	/** @param {ImageData} pixels */
	const encodeAndCompare = async (pixels) => {
		const canvas = new OffscreenCanvas(width, height);
		/** @type {OffscreenCanvasRenderingContext2D} */ (canvas.getContext('2d')).putImageData(pixels, 0, 0);
		const bytes = toProgressive(await (await canvas.convertToBlob({ type: 'image/jpeg', quality })).arrayBuffer());
		const unencoded = compare(reference, planes(pixels.data).y, width, height);
		const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/jpeg' }));
		const back = new OffscreenCanvas(width, height);
		const context = /** @type {OffscreenCanvasRenderingContext2D} */ (back.getContext('2d'));
		context.drawImage(bitmap, 0, 0);
		bitmap.close();
		const encoded = compare(reference, planes(context.getImageData(0, 0, width, height).data).y, width, height);
		return { bytes: bytes.byteLength, resizePsnr: unencoded.psnr, psnr: encoded.psnr, ssim: encoded.ssim };
	};
	/** @type {Record<string, any>} */
	const out = {};
	for (const resizeQuality of /** @type {const} */ (['low', 'medium', 'high'])) {
		const bitmap = await createImageBitmap(file, { imageOrientation: 'from-image', resizeWidth: width, resizeHeight: height, resizeQuality });
		const canvas = new OffscreenCanvas(width, height);
		const context = /** @type {OffscreenCanvasRenderingContext2D} */ (canvas.getContext('2d'));
		context.drawImage(bitmap, 0, 0);
		bitmap.close();
		out[resizeQuality] = await encodeAndCompare(context.getImageData(0, 0, width, height));
	}
	const canvas = new OffscreenCanvas(full.width, full.height);
	const context = /** @type {OffscreenCanvasRenderingContext2D} */ (canvas.getContext('2d'));
	context.drawImage(full, 0, 0);
	full.close();
	const source = context.getImageData(0, 0, canvas.width, canvas.height);
	const started = performance.now();
	const boxed = boxRgba(source, width, height);
	out.box = { ...(await encodeAndCompare(boxed)), resizeMs: performance.now() - started };
	return out;
}

/**
 * An exact area average of RGBA pixels to width × height (separable, fixed-point-free floats).
 * @param {ImageData} source @param {number} width @param {number} height
 */
function boxRgba(source, width, height) {
	const { width: sw, height: sh, data } = source;
	const across = boxWeights(sw, width);
	const down = boxWeights(sh, height);
	const rows = new Float32Array(width * sh * 3);
	for (let y = 0; y < sh; y++) {
		for (let x = 0; x < width; x++) {
			let r = 0, g = 0, b = 0;
			for (const [j, w] of across[x]) {
				const i = (y * sw + j) * 4;
				r += data[i] * w;
				g += data[i + 1] * w;
				b += data[i + 2] * w;
			}
			const o = (y * width + x) * 3;
			rows[o] = r;
			rows[o + 1] = g;
			rows[o + 2] = b;
		}
	}
	const out = new ImageData(width, height);
	for (let y = 0; y < height; y++) {
		for (let x = 0; x < width; x++) {
			let r = 0, g = 0, b = 0;
			for (const [j, w] of down[y]) {
				const o = (j * width + x) * 3;
				r += rows[o] * w;
				g += rows[o + 1] * w;
				b += rows[o + 2] * w;
			}
			const i = (y * width + x) * 4;
			out.data[i] = r + 0.5;
			out.data[i + 1] = g + 0.5;
			out.data[i + 2] = b + 0.5;
			out.data[i + 3] = 255;
		}
	}
	return out;
}
