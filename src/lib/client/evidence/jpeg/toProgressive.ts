import { transcode } from './transcode';

/**
 * The same JPEG, rewritten losslessly as a progressive one (same coefficients, same pixels), when
 * that is smaller; otherwise, or when it is not a file transcode.ts covers, the bytes as they were.
 */
export function toProgressive(bytes: ArrayBuffer): ArrayBuffer {
	const progressive = transcode(new Uint8Array(bytes));
	return progressive && progressive.byteLength < bytes.byteLength ? (progressive.buffer as ArrayBuffer) : bytes;
}
