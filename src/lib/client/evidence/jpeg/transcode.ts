/**
 * A baseline JPEG rewritten as a progressive one, losslessly: the same quantized coefficients (so
 * the same pixels when decoded) in 3–8 % fewer bytes (writeProgressive.ts says why). One pass over
 * the baseline data turns each coefficient straight into the symbol it gets in its progressive scan
 * (bandStreams.ts); nothing is dequantized or transformed.
 *
 * Covers what canvases write: baseline or extended Huffman, 8-bit, one scan holding every
 * component, any sampling, with or without restart markers. Anything else, or a file that turns out
 * damaged, gives null and the caller keeps the bytes it has.
 */
import { BitReader, LOOKUP_MASK, Unsupported } from './bitReader';
import { bandStreams, ENDS_WITH_ZEROS, reserveBlock, type BandStreams } from './bandStreams';
import { LOOKUP_BITS, type DecodingTable } from './huffman';
import { kept, readFrame, readHuffmanTables, readScanHeader, segmentAt, type Frame, type Tables } from './jpegSegments';
import { CHROMA_BANDS, LUMA_BANDS, writeProgressive } from './writeProgressive';

export function transcode(data: Uint8Array): Uint8Array | null {
	try {
		return run(data);
	} catch (error) {
		if (error instanceof Unsupported || error instanceof RangeError) return null;
		throw error;
	}
}

function run(data: Uint8Array): Uint8Array | null {
	if (data[0] !== 0xff || data[1] !== 0xd8) return null;
	const segments: Uint8Array[] = [];
	const tables: Tables = { dc: [], ac: [], restartInterval: 0 };
	let frame: Frame | null = null;
	for (let pos = 2; ; ) {
		const segment = segmentAt(data, pos);
		if (!segment) return null;
		const { marker, body } = segment;
		if (kept(marker)) segments.push(segment.whole);
		else if (marker === 0xc4) readHuffmanTables(body, tables);
		else if (marker === 0xdd) tables.restartInterval = (body[0]! << 8) | body[1]!;
		else if (marker === 0xc0 || marker === 0xc1) frame = readFrame(body, false);
		else if (marker === 0xda) {
			if (!frame) return null;
			const header = readScanHeader(body, frame);
			// One scan with every component, as a canvas writes it; anything else is left as it is.
			if (header.parts.length !== frame.components.length || header.ss !== 0 || header.se !== 63) return null;
			const streams = decode(data, segment.next, frame, tables, header.parts);
			return writeProgressive(frame, segments, streams);
		} else if (marker >= 0xc2 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) return null;
		pos = segment.next;
	}
}

interface Part {
	streams: BandStreams;
	/** First and last zigzag index of each band. */
	first: Uint8Array;
	last: Uint8Array;
	component: number;
	h: number;
	v: number;
	stride: number;
	dcTable: DecodingTable;
	acTable: DecodingTable;
	pred: number;
}

function decode(data: Uint8Array, start: number, frame: Frame, tables: Tables, header: { component: number; dc: number; ac: number }[]): BandStreams[] {
	const streams = frame.components.map((c, i) => bandStreams(i, c.stride * c.rows, i === 0 ? LUMA_BANDS : CHROMA_BANDS));
	const parts: Part[] = header.map(({ component, dc, ac }) => {
		const c = frame.components[component]!;
		const dcTable = tables.dc[dc];
		const acTable = tables.ac[ac];
		if (!dcTable || !acTable) throw new Unsupported('missing Huffman table');
		const s = streams[component]!;
		const first = Uint8Array.from(s.bands, ([ss]) => ss);
		const last = Uint8Array.from(s.bands, ([, se]) => se);
		return { streams: s, first, last, component, h: c.h, v: c.v, stride: c.stride, dcTable, acTable, pred: 0 };
	});
	const reader = new BitReader(data, start);
	const total = frame.mcusPerLine * frame.mcusPerColumn;
	for (let mcu = 0; mcu < total; mcu++) {
		if (tables.restartInterval > 0 && mcu > 0 && mcu % tables.restartInterval === 0) {
			reader.restart();
			for (const part of parts) part.pred = 0;
		}
		const mcuRow = Math.floor(mcu / frame.mcusPerLine);
		const mcuCol = mcu - mcuRow * frame.mcusPerLine;
		for (const part of parts) {
			for (let v = 0; v < part.v; v++) {
				for (let h = 0; h < part.h; h++) block(reader, part, (mcuRow * part.v + v) * part.stride + mcuCol * part.h + h);
			}
		}
	}
	reader.checkComplete();
	return streams;
}

/** One block: its DC kept, its AC coefficients turned into band symbols (see bandStreams.ts). */
function block(reader: BitReader, part: Part, index: number): void {
	const s = part.streams;
	part.pred += reader.value(reader.decode(part.dcTable));
	s.dc[index] = part.pred;

	const ops = s.length + 88 <= s.ops.length ? s.ops : reserveBlock(s, part.component);
	const { bandOf, start, count, frequencies } = s;
	const { first, last } = part;
	const cells = index * first.length;
	for (let b = cells, end = cells + first.length; b < end; b++) count[b] = ENDS_WITH_ZEROS;
	const fast = part.acTable.fastAc;
	let n = s.length;
	let band = 0;
	let bandEnd = last[0]!;
	let previous = 0;
	start[cells] = n;
	// The bit buffer in locals for the loop, written back around the rare calls that use it.
	let buffer = reader.buffer;
	let bits = reader.count;
	for (let k = 1; k <= 63; k++) {
		if (bits < 16) {
			reader.buffer = buffer;
			reader.count = bits;
			reader.fill();
			buffer = reader.buffer;
			bits = reader.count;
		}
		let symbol: number;
		let extra: number;
		const hit = fast[(buffer >>> (bits - LOOKUP_BITS)) & LOOKUP_MASK]!;
		if (hit !== 0) {
			// Code and value bits within the look-up: one step.
			bits -= hit & 0xff;
			symbol = (hit >> 8) & 0xff;
			extra = hit >>> 16;
		} else {
			reader.buffer = buffer;
			reader.count = bits;
			symbol = reader.decode(part.acTable);
			extra = symbol & 15 ? reader.bits(symbol & 15) : 0;
			buffer = reader.buffer;
			bits = reader.count;
		}
		const size = symbol & 15;
		if (size === 0) {
			// ZRL: sixteen zeros. Anything else: end of block.
			if (symbol === 0xf0) {
				k += 15;
				continue;
			}
			break;
		}
		k += symbol >> 4;
		if (k > 63) throw new Unsupported('coefficient past the block');
		if (k > bandEnd) {
			count[cells + band] = n - start[cells + band]! + (previous < bandEnd ? ENDS_WITH_ZEROS : 0);
			band = bandOf[k]!;
			bandEnd = last[band]!;
			previous = first[band]! - 1;
			start[cells + band] = n;
		}
		let zeros = k - previous - 1;
		const table = band * 256;
		while (zeros > 15) {
			ops[n++] = 0xf0;
			frequencies[table + 0xf0]!++;
			zeros -= 16;
		}
		const value = (zeros << 4) | size;
		ops[n++] = value | (size << 8) | (extra << 12);
		frequencies[table + value]!++;
		previous = k;
	}
	reader.buffer = buffer;
	reader.count = bits;
	count[cells + band] = n - start[cells + band]! + (previous < bandEnd ? ENDS_WITH_ZEROS : 0);
	s.length = n;
}
