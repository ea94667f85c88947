// How close a stored photo is to the picture it came from, so a smaller file can be told apart from
// a worse one. The yardstick is neutral: the source decoded at full size (EXIF orientation applied)
// and averaged exactly over each output pixel's area (a box filter), in luma (BT.601), at the size
// ours is stored at. Neither pipeline resizes that way. An output of another size (the reference's
// 1520 × 1140) is first scaled to that size with the browser's best filter.
//
// PSNR over the whole picture, and SSIM as the mean over 8 × 8 windows every 4 pixels (Wang et al.
// 2004, with the usual constants): simple, and enough to see a loss of detail or added artefacts.

/** @param {Uint8ClampedArray} rgba @param {number} n */
function luma(rgba, n) {
	const y = new Float32Array(n);
	for (let i = 0, j = 0; j < n; i += 4, j++) y[j] = 0.299 * rgba[i] + 0.587 * rgba[i + 1] + 0.114 * rgba[i + 2];
	return y;
}

/** @param {ImageBitmap | OffscreenCanvas} source @param {number} width @param {number} height */
function pixels(source, width, height) {
	const canvas = new OffscreenCanvas(width, height);
	const context = /** @type {OffscreenCanvasRenderingContext2D} */ (canvas.getContext('2d'));
	context.imageSmoothingQuality = 'high';
	context.drawImage(source, 0, 0, width, height);
	return context.getImageData(0, 0, width, height).data;
}

/**
 * Weights of a box filter from `from` samples to `to`: for each output index, the source indexes it
 * covers and how much of each.
 * @param {number} from @param {number} to
 */
export function boxWeights(from, to) {
	const scale = from / to;
	return Array.from({ length: to }, (_, i) => {
		const a = i * scale;
		const b = a + scale;
		/** @type {[number, number][]} */
		const taps = [];
		for (let j = Math.floor(a); j < Math.min(from, Math.ceil(b)); j++) taps.push([j, (Math.min(b, j + 1) - Math.max(a, j)) / scale]);
		return taps;
	});
}

/**
 * The source's luma, area-averaged to width × height.
 * @param {Blob} file @param {number} width @param {number} height
 */
export async function boxReference(file, width, height) {
	const bitmap = await createImageBitmap(file, { imageOrientation: 'from-image' });
	const { width: sw, height: sh } = bitmap;
	const full = luma(pixels(bitmap, sw, sh), sw * sh);
	bitmap.close();
	const across = boxWeights(sw, width);
	const down = boxWeights(sh, height);
	const rows = new Float32Array(width * sh);
	for (let y = 0; y < sh; y++) {
		for (let x = 0; x < width; x++) {
			let sum = 0;
			for (const [j, w] of across[x]) sum += full[y * sw + j] * w;
			rows[y * width + x] = sum;
		}
	}
	const out = new Float32Array(width * height);
	for (let y = 0; y < height; y++) {
		for (let x = 0; x < width; x++) {
			let sum = 0;
			for (const [j, w] of down[y]) sum += rows[j * width + x] * w;
			out[y * width + x] = sum;
		}
	}
	return out;
}

/**
 * An encoded photo's luma at width × height (scaled there when it is another size).
 * @param {Blob} image @param {number} width @param {number} height
 */
export async function decodedLuma(image, width, height) {
	const bitmap = await createImageBitmap(image);
	const y = luma(pixels(bitmap, width, height), width * height);
	bitmap.close();
	return y;
}

/** @param {Float32Array} reference @param {Float32Array} image @param {number} width @param {number} height */
export function compare(reference, image, width, height) {
	let squared = 0;
	for (let i = 0; i < reference.length; i++) squared += (reference[i] - image[i]) ** 2;
	const C1 = (0.01 * 255) ** 2;
	const C2 = (0.03 * 255) ** 2;
	let ssim = 0;
	let windows = 0;
	for (let by = 0; by + 8 <= height; by += 4) {
		for (let bx = 0; bx + 8 <= width; bx += 4) {
			let ma = 0;
			let mb = 0;
			for (let y = 0; y < 8; y++) {
				for (let x = 0; x < 8; x++) {
					ma += reference[(by + y) * width + bx + x];
					mb += image[(by + y) * width + bx + x];
				}
			}
			ma /= 64;
			mb /= 64;
			let va = 0;
			let vb = 0;
			let cov = 0;
			for (let y = 0; y < 8; y++) {
				for (let x = 0; x < 8; x++) {
					const a = reference[(by + y) * width + bx + x] - ma;
					const b = image[(by + y) * width + bx + x] - mb;
					va += a * a;
					vb += b * b;
					cov += a * b;
				}
			}
			ssim += ((2 * ma * mb + C1) * ((2 * cov) / 63 + C2)) / ((ma * ma + mb * mb + C1) * (va / 63 + vb / 63 + C2));
			windows++;
		}
	}
	return { psnr: 10 * Math.log10((255 * 255) / (squared / reference.length)), ssim: ssim / windows };
}

/**
 * Whether two encoded images decode to exactly the same pixels.
 * @param {Blob} a @param {Blob} b
 */
export async function samePixels(a, b) {
	const [x, y] = await Promise.all([createImageBitmap(a), createImageBitmap(b)]);
	let same = x.width === y.width && x.height === y.height;
	if (same) {
		const px = pixels(x, x.width, x.height);
		const py = pixels(y, y.width, y.height);
		for (let i = 0; same && i < px.length; i++) same = px[i] === py[i];
	}
	x.close();
	y.close();
	return same;
}
