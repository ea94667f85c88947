/**
 * The marker segments of a JPEG up to its entropy-coded data: frame (SOF), Huffman tables (DHT),
 * restart interval (DRI), scan header (SOS), and the segments a rewrite copies unchanged.
 */
import { Unsupported } from './bitReader';
import { decodingTable, type DecodingTable } from './huffman';

export interface FrameComponent {
	id: number;
	/** Sampling factors. */
	h: number;
	v: number;
	/** Quantization table id. */
	tq: number;
	/** Blocks that cover the picture: a scan of this component alone codes only these. */
	blocksPerLine: number;
	blocksPerColumn: number;
	/** Blocks per line and column padded to whole MCUs (an interleaved scan codes them all). */
	stride: number;
	rows: number;
}

export interface Frame {
	progressive: boolean;
	width: number;
	height: number;
	components: FrameComponent[];
	mcusPerLine: number;
	mcusPerColumn: number;
}

export interface Tables {
	dc: (DecodingTable | undefined)[];
	ac: (DecodingTable | undefined)[];
	restartInterval: number;
}

/** APPn segments that say how to show the pixels: JFIF (APP0), ICC profile (APP2), Adobe (APP14). */
const KEPT_APP = new Set([0xe0, 0xe2, 0xee]);

export interface Segment {
	marker: number;
	/** The segment's content, after its length. */
	body: Uint8Array;
	/** The whole segment, marker included. */
	whole: Uint8Array;
	/** Where the next segment starts (for SOS: where its entropy-coded data starts). */
	next: number;
}

/** The segment at `pos` (skipping fill bytes), or null at EOI. Throws RangeError when cut short. */
export function segmentAt(data: Uint8Array, pos: number): Segment | null {
	while (data[pos] === 0xff && data[pos + 1] === 0xff) pos++;
	if (data[pos] !== 0xff) throw new Unsupported(`no marker at ${pos}`);
	const marker = data[pos + 1]!;
	if (marker === 0xd9) return null;
	if (pos + 4 > data.length) throw new RangeError('segment cut short');
	const length = (data[pos + 2]! << 8) | data[pos + 3]!;
	if (pos + 2 + length > data.length) throw new RangeError('segment cut short');
	return { marker, body: data.subarray(pos + 4, pos + 2 + length), whole: data.subarray(pos, pos + 2 + length), next: pos + 2 + length };
}

/** Segments copied to a rewritten file: quantization tables and the APPn that affect display. */
export function kept(marker: number): boolean {
	return marker === 0xdb || KEPT_APP.has(marker);
}

export function readHuffmanTables(body: Uint8Array, tables: Tables): void {
	let at = 0;
	while (at < body.length) {
		const kind = body[at]! >> 4;
		const id = body[at]! & 15;
		const counts = body.slice(at + 1, at + 17);
		const total = counts.reduce((sum, c) => sum + c, 0);
		const symbols = body.slice(at + 17, at + 17 + total);
		if (counts.length !== 16 || symbols.length !== total || id > 3) throw new Unsupported('bad DHT');
		(kind === 0 ? tables.dc : tables.ac)[id] = decodingTable({ counts, symbols });
		at += 17 + total;
	}
}

export function readFrame(body: Uint8Array, progressive: boolean): Frame {
	if (body[0] !== 8) throw new Unsupported('not 8-bit');
	const height = (body[1]! << 8) | body[2]!;
	const width = (body[3]! << 8) | body[4]!;
	const count = body[5]!;
	if (width === 0 || height === 0 || count < 1 || count > 4 || body.length < 6 + count * 3) throw new Unsupported('frame');
	const raw = Array.from({ length: count }, (_, i) => ({
		id: body[6 + i * 3]!,
		h: body[7 + i * 3]! >> 4,
		v: body[7 + i * 3]! & 15,
		tq: body[8 + i * 3]!
	}));
	if (raw.some((c) => c.h < 1 || c.h > 4 || c.v < 1 || c.v > 4)) throw new Unsupported('sampling');
	const maxH = Math.max(...raw.map((c) => c.h));
	const maxV = Math.max(...raw.map((c) => c.v));
	const mcusPerLine = Math.ceil(width / (8 * maxH));
	const mcusPerColumn = Math.ceil(height / (8 * maxV));
	const components = raw.map((c) => ({
		...c,
		blocksPerLine: Math.ceil(Math.ceil((width * c.h) / maxH) / 8),
		blocksPerColumn: Math.ceil(Math.ceil((height * c.v) / maxV) / 8),
		stride: mcusPerLine * c.h,
		rows: mcusPerColumn * c.v
	}));
	return { progressive, width, height, components, mcusPerLine, mcusPerColumn };
}

export interface ScanHeader {
	/** Indexes into frame.components, with each one's table ids. */
	parts: { component: number; dc: number; ac: number }[];
	ss: number;
	se: number;
	ah: number;
	al: number;
}

export function readScanHeader(body: Uint8Array, frame: Frame): ScanHeader {
	const count = body[0]!;
	const parts = Array.from({ length: count }, (_, i) => {
		const component = frame.components.findIndex((c) => c.id === body[1 + i * 2]);
		if (component < 0) throw new Unsupported('unknown component');
		return { component, dc: body[2 + i * 2]! >> 4, ac: body[2 + i * 2]! & 15 };
	});
	if (parts.length === 0) throw new Unsupported('empty scan');
	const a = body[3 + count * 2]!;
	return { parts, ss: body[1 + count * 2]!, se: body[2 + count * 2]!, ah: a >> 4, al: a & 15 };
}
