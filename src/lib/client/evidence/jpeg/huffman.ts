/**
 * Huffman tables of JPEG (ITU T.81 Annex C and K.2): decoding tables for reading a canvas's
 * baseline JPEG, and optimal tables, one per scan, for writing the progressive one.
 */

/** A DHT table as stored: how many codes of each length 1..16, then the symbols in code order. */
export interface HuffmanSpec {
	counts: Uint8Array;
	symbols: Uint8Array;
}

/** Codes of up to this many bits are found with one table look-up; longer ones (rare) bit by bit. */
export const LOOKUP_BITS = 10;

export interface DecodingTable {
	/** By the next LOOKUP_BITS bits: (code length << 8) | symbol, or 0 when the code is longer. */
	lookup: Uint16Array;
	/**
	 * By the next LOOKUP_BITS bits, for an AC code whose value bits follow within them too (most of
	 * them): value bits << 16 | symbol << 8 | bits used in all, so a coefficient costs one look-up;
	 * else 0.
	 */
	fastAc: Int32Array;
	/** By code length 1..16: the largest code of that length (-1: none), and where its symbols start. */
	maxCode: Int32Array;
	offset: Int32Array;
	symbols: Uint8Array;
}

/** T.81 F.2.2.1 EXTEND: a coefficient from its `size` value bits (a leading 0 bit: negative). */
export function extend(bits: number, size: number): number {
	return bits < 1 << (size - 1) ? bits - (1 << size) + 1 : bits;
}

export function decodingTable(spec: HuffmanSpec): DecodingTable {
	const lookup = new Uint16Array(1 << LOOKUP_BITS);
	const maxCode = new Int32Array(18).fill(-1);
	const offset = new Int32Array(18);
	let code = 0;
	let k = 0;
	for (let length = 1; length <= 16; length++) {
		const count = spec.counts[length - 1] ?? 0;
		// offset + code gives the symbol's index for codes of this length.
		offset[length] = k - code;
		for (let i = 0; i < count; i++, k++, code++) {
			if (length <= LOOKUP_BITS) {
				const shift = LOOKUP_BITS - length;
				const entry = (length << 8) | (spec.symbols[k] ?? 0);
				lookup.fill(entry, code << shift, (code + 1) << shift);
			}
		}
		if (count > 0) maxCode[length] = code - 1;
		code <<= 1;
	}
	// Sentinel: any code is shorter than 17 bits, so the slow search always stops.
	maxCode[17] = 0x7fffffff;
	return { lookup, fastAc: fastAcTable(lookup), maxCode, offset, symbols: spec.symbols };
}

function fastAcTable(lookup: Uint16Array): Int32Array {
	const fast = new Int32Array(lookup.length);
	for (let peek = 0; peek < lookup.length; peek++) {
		const entry = lookup[peek]!;
		const length = entry >> 8;
		const size = entry & 15;
		if (entry === 0 || size === 0 || length + size > LOOKUP_BITS) continue;
		const bits = (peek >> (LOOKUP_BITS - length - size)) & ((1 << size) - 1);
		fast[peek] = (bits << 16) | ((entry & 0xff) << 8) | (length + size);
	}
	return fast;
}

/**
 * The optimal table for these symbol counts (libjpeg's jpeg_gen_optimal_table, after K.2): code
 * lengths from the Huffman tree, limited to 16 bits, with one code point kept free so that no code
 * is all 1-bits (which would look like the fill before a marker).
 */
export function optimalSpec(frequencies: Uint32Array): HuffmanSpec {
	const freq = new Float64Array(257);
	freq.set(frequencies.subarray(0, 256));
	freq[256] = 1;
	const codeSize = new Int32Array(257);
	const others = new Int32Array(257).fill(-1);
	for (;;) {
		// The two smallest non-zero counts; on a tie the larger symbol, as libjpeg does.
		let c1 = -1;
		let c2 = -1;
		let v1 = Infinity;
		let v2 = Infinity;
		for (let i = 0; i <= 256; i++) {
			const f = freq[i]!;
			if (f === 0) continue;
			if (f <= v1) {
				v2 = v1;
				c2 = c1;
				v1 = f;
				c1 = i;
			} else if (f <= v2) {
				v2 = f;
				c2 = i;
			}
		}
		if (c2 < 0) break;
		freq[c1] = freq[c1]! + freq[c2]!;
		freq[c2] = 0;
		codeSize[c1]!++;
		while (others[c1]! >= 0) {
			c1 = others[c1]!;
			codeSize[c1]!++;
		}
		others[c1] = c2;
		codeSize[c2]!++;
		while (others[c2]! >= 0) {
			c2 = others[c2]!;
			codeSize[c2]!++;
		}
	}
	const bits = new Int32Array(33);
	for (let i = 0; i <= 256; i++) if (codeSize[i]! > 0) bits[codeSize[i]!]!++;
	// Lengths above 16: move pairs of codes up the tree (K.3's Adjust_BITS).
	for (let i = 32; i > 16; i--) {
		while (bits[i]! > 0) {
			let j = i - 2;
			while (bits[j] === 0) j--;
			bits[i]! -= 2;
			bits[i - 1]!++;
			bits[j + 1]! += 2;
			bits[j]!--;
		}
	}
	// Give back the reserved code point (the longest code).
	let longest = 16;
	while (bits[longest] === 0) longest--;
	bits[longest]!--;

	const counts = new Uint8Array(16);
	for (let length = 1; length <= 16; length++) counts[length - 1] = bits[length]!;
	const symbols: number[] = [];
	for (let length = 1; length <= 32; length++) {
		for (let symbol = 0; symbol < 256; symbol++) if (codeSize[symbol] === length) symbols.push(symbol);
	}
	return { counts, symbols: Uint8Array.from(symbols) };
}

/** Code and length of every symbol of a table (Annex C), indexed by symbol. */
export function encodingTable(spec: HuffmanSpec): { codes: Uint16Array; lengths: Uint8Array } {
	const codes = new Uint16Array(256);
	const lengths = new Uint8Array(256);
	let code = 0;
	let k = 0;
	for (let length = 1; length <= 16; length++) {
		for (let i = 0; i < (spec.counts[length - 1] ?? 0); i++, k++, code++) {
			const symbol = spec.symbols[k] ?? 0;
			codes[symbol] = code;
			lengths[symbol] = length;
		}
		code <<= 1;
	}
	return { codes, lengths };
}
