/**
 * A component's coefficients as the symbols of progressive scans, made while its baseline data is
 * decoded (transcode.ts) and written out band by band (writeProgressive.ts). Blocks come in the
 * baseline's order (MCU by MCU), so each (block, band) keeps where its symbols are; the writer
 * then takes the blocks line by line, as a scan of one component codes them.
 *
 * A symbol ("op") is packed as symbol | extra-bit count << 8 | extra bits << 12: at most 15 extra
 * bits, 27 bits in all. A value's symbol is its zero run in the band << 4 | its size; its extra bits
 * are exactly the bits the baseline file carried for it, so nothing is recomputed.
 */

/** A band of frequencies, first and last zigzag index. */
export type Band = readonly [number, number];

export interface BandStreams {
	bands: readonly Band[];
	/** By zigzag index 1..63, the band it is in. */
	bandOf: Uint8Array;
	ops: Uint32Array;
	length: number;
	/** By block (index in the MCU-padded grid) × band: where its ops start. */
	start: Uint32Array;
	/** By block × band: how many ops, | ENDS_WITH_ZEROS when the band's last coefficient is 0. */
	count: Uint8Array;
	/** By band × 256: how often each symbol occurs (end-of-band runs are counted by the writer). */
	frequencies: Uint32Array;
	/** By block: its DC coefficient. */
	dc: Int16Array;
}

export const ENDS_WITH_ZEROS = 0x80;

/**
 * Buffers kept from one photo to the next, by component: a new 12 MP photo would otherwise
 * allocate (and the system zero) ~10 MB again, and touching fresh pages costs several ms here.
 */
const kept: { ops: Uint32Array; start: Uint32Array; count: Uint8Array; dc: Int16Array }[] = [];

export function bandStreams(component: number, blocks: number, bands: readonly Band[]): BandStreams {
	const bandOf = new Uint8Array(64);
	bands.forEach(([ss, se], b) => bandOf.fill(b, ss, se + 1));
	const reuse = kept[component];
	const fits = <T extends { length: number }>(buffer: T | undefined, length: number): buffer is T => !!buffer && buffer.length >= length;
	const cells = blocks * bands.length;
	const buffers = {
		ops: reuse && fits(reuse.ops, blocks * 8) ? reuse.ops : new Uint32Array(blocks * 24),
		start: reuse && fits(reuse.start, cells) ? reuse.start : new Uint32Array(cells),
		count: reuse && fits(reuse.count, cells) ? reuse.count : new Uint8Array(cells),
		dc: reuse && fits(reuse.dc, blocks) ? reuse.dc : new Int16Array(blocks)
	};
	kept[component] = buffers;
	// `start` and `count` need no clearing: every cell of every block decoded is written.
	return { bands, bandOf, ...buffers, length: 0, frequencies: new Uint32Array(bands.length * 256) };
}

/** Room for one more block's ops: 63 values and the zero-run symbols between them, at most 88. */
export function reserveBlock(streams: BandStreams, component: number): Uint32Array {
	if (streams.length + 88 <= streams.ops.length) return streams.ops;
	const bigger = new Uint32Array(streams.ops.length * 2);
	bigger.set(streams.ops.subarray(0, streams.length));
	streams.ops = bigger;
	const reuse = kept[component];
	if (reuse) reuse.ops = bigger;
	return bigger;
}
