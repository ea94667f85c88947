import type { EncodedImage } from './photoMessages';

let supported: Promise<boolean> | undefined;

/**
 * Whether this browser's canvas writes WebP. Asked once of a 1 × 1 canvas: a canvas that cannot
 * (Safari, so every iPhone) silently writes a PNG instead, which at 1600 px would cost a slow,
 * large encode thrown away. The blob's type is what tells, not the user agent.
 */
export function canEncodeWebp(): Promise<boolean> {
	supported ??= probe().catch(() => false);
	return supported;
}

async function probe(): Promise<boolean> {
	const canvas = new OffscreenCanvas(1, 1);
	// A canvas with no context cannot be encoded at all (Chromium throws).
	canvas.getContext('2d')?.fillRect(0, 0, 1, 1);
	return (await canvas.convertToBlob({ type: 'image/webp', quality: 0.8 })).type === 'image/webp';
}

/** The picture as a WebP (Chromium's libwebp, lossy), or null where the canvas cannot write one. */
export async function encodeWebp(canvas: OffscreenCanvas, quality: number): Promise<EncodedImage | null> {
	const blob = await canvas.convertToBlob({ type: 'image/webp', quality });
	if (blob.type !== 'image/webp') return null;
	return { mime: 'image/webp', bytes: await blob.arrayBuffer(), width: canvas.width, height: canvas.height };
}
