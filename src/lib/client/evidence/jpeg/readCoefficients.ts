/**
 * Every quantized coefficient of a JPEG, block by block (entropy decoding only), for baseline files
 * and progressive ones without successive approximation. The app does not need this: the tests do,
 * to show that a rewritten file holds exactly the coefficients of the original.
 */
import { BitReader, Unsupported } from './bitReader';
import { type DecodingTable } from './huffman';
import { readFrame, readHuffmanTables, readScanHeader, segmentAt, type Frame, type Tables } from './jpegSegments';

export interface Coefficients {
	frame: Frame;
	/** Per component, 64 per block of its picture (blocksPerLine × blocksPerColumn), zigzag order. */
	blocks: Int16Array[];
	/** The marker of every segment, in file order. */
	markers: number[];
}

export function readCoefficients(data: Uint8Array): Coefficients | null {
	try {
		return read(data);
	} catch (error) {
		if (error instanceof Unsupported || error instanceof RangeError) return null;
		throw error;
	}
}

function read(data: Uint8Array): Coefficients {
	if (data[0] !== 0xff || data[1] !== 0xd8) throw new Unsupported('no SOI');
	const tables: Tables = { dc: [], ac: [], restartInterval: 0 };
	const markers: number[] = [];
	let frame: Frame | null = null;
	let padded: Int16Array[] = [];
	for (let pos = 2; ; ) {
		const segment = segmentAt(data, pos);
		if (!segment) break;
		markers.push(segment.marker);
		const { marker, body } = segment;
		pos = segment.next;
		if (marker === 0xc4) readHuffmanTables(body, tables);
		else if (marker === 0xdd) tables.restartInterval = (body[0]! << 8) | body[1]!;
		else if (marker === 0xc0 || marker === 0xc1 || marker === 0xc2) {
			frame = readFrame(body, marker === 0xc2);
			padded = frame.components.map((c) => new Int16Array(c.stride * c.rows * 64));
		} else if (marker === 0xda) {
			if (!frame) throw new Unsupported('scan before frame');
			pos = readScan(data, pos, body, frame, tables, padded);
		}
	}
	if (!frame) throw new Unsupported('no frame');
	const blocks = frame.components.map((c, i) => {
		const out = new Int16Array(c.blocksPerLine * c.blocksPerColumn * 64);
		for (let row = 0; row < c.blocksPerColumn; row++) {
			out.set(padded[i]!.subarray(row * c.stride * 64, (row * c.stride + c.blocksPerLine) * 64), row * c.blocksPerLine * 64);
		}
		return out;
	});
	return { frame, blocks, markers };
}

function readScan(data: Uint8Array, start: number, body: Uint8Array, frame: Frame, tables: Tables, padded: Int16Array[]): number {
	const { parts, ss, se, ah, al } = readScanHeader(body, frame);
	if (ah !== 0 || al !== 0) throw new Unsupported('successive approximation');
	const valid = frame.progressive ? se >= ss && se <= 63 && (ss === 0 ? se === 0 : parts.length === 1) : ss === 0 && se === 63;
	if (!valid) throw new Unsupported('spectral selection');
	const reader = new BitReader(data, start);
	const state = parts.map((p) => ({ c: frame.components[p.component]!, out: padded[p.component]!, dc: tables.dc[p.dc], ac: tables.ac[p.ac], pred: 0 }));
	let eobRun = 0;

	const block = (part: (typeof state)[number], index: number): void => {
		const base = index * 64;
		if (ss === 0) {
			part.pred += reader.value(reader.decode(need(part.dc)));
			part.out[base] = part.pred;
			if (se === 0) return;
		}
		if (eobRun > 0) {
			eobRun--;
			return;
		}
		for (let k = Math.max(ss, 1); k <= se; k++) {
			const symbol = reader.decode(need(part.ac));
			const run = symbol >> 4;
			const size = symbol & 15;
			if (size === 0) {
				if (run === 15) {
					k += 15;
					continue;
				}
				// EOB, or in a progressive scan EOBn: this block and 2^n - 1 + (n bits) more.
				if (run > 0) eobRun = (1 << run) - 1 + reader.bits(run);
				return;
			}
			k += run;
			if (k > se) throw new Unsupported('coefficient past the band');
			part.out[base + k] = reader.value(size);
		}
	};

	const single = state.length === 1 ? state[0]! : null;
	const total = single ? single.c.blocksPerLine * single.c.blocksPerColumn : frame.mcusPerLine * frame.mcusPerColumn;
	for (let mcu = 0; mcu < total; mcu++) {
		if (tables.restartInterval > 0 && mcu > 0 && mcu % tables.restartInterval === 0) {
			reader.restart();
			for (const part of state) part.pred = 0;
			eobRun = 0;
		}
		if (single) {
			// Alone in its scan, a component's blocks go line by line over the picture, no padding.
			const row = Math.floor(mcu / single.c.blocksPerLine);
			block(single, row * single.c.stride + (mcu - row * single.c.blocksPerLine));
			continue;
		}
		const mcuRow = Math.floor(mcu / frame.mcusPerLine);
		const mcuCol = mcu - mcuRow * frame.mcusPerLine;
		for (const part of state) {
			for (let v = 0; v < part.c.v; v++) {
				for (let h = 0; h < part.c.h; h++) block(part, (mcuRow * part.c.v + v) * part.c.stride + mcuCol * part.c.h + h);
			}
		}
	}
	return reader.end();
}

function need(table: DecodingTable | undefined): DecodingTable {
	if (!table) throw new Unsupported('missing Huffman table');
	return table;
}
