/**
 * The buffer of the last file written, kept for the next one: fresh memory costs page faults
 * (several ms for a few MB on a busy machine), and only the finished file is copied out.
 */
let spare: Uint8Array = new Uint8Array(0);

/** A growing byte buffer for the file being written. */
export class ByteWriter {
	buffer: Uint8Array;
	length = 0;

	constructor(capacity: number) {
		this.buffer = spare.length >= capacity ? spare : new Uint8Array(capacity);
		spare = this.buffer;
	}

	ensure(extra: number): void {
		if (this.length + extra <= this.buffer.length) return;
		const bigger = new Uint8Array(Math.max(this.buffer.length * 2, this.length + extra));
		bigger.set(this.buffer.subarray(0, this.length));
		this.buffer = bigger;
		spare = bigger;
	}

	bytes(values: ArrayLike<number>): void {
		this.ensure(values.length);
		this.buffer.set(values, this.length);
		this.length += values.length;
	}

	result(): Uint8Array {
		return this.buffer.slice(0, this.length);
	}
}

/**
 * A scan's entropy-coded data: each symbol's Huffman code, then its extra bits, most significant bit
 * first, a zero byte stuffed after every 0xFF, the last byte padded with 1-bits (T.81 F.1.2.3,
 * B.1.1.5). `ops` as in bandStreams.ts.
 */
export function emit(out: ByteWriter, ops: Uint32Array, count: number, codes: Uint16Array, lengths: Uint8Array): void {
	let buffer = out.buffer;
	let at = out.length;
	let acc = 0;
	let bits = 0;
	for (let i = 0; i < count; i++) {
		// A symbol adds at most 16 + 15 bits: 4 bytes, 8 with stuffing.
		if (at + 8 > buffer.length) {
			out.length = at;
			out.ensure(8 + (count - i) * 2);
			buffer = out.buffer;
		}
		const op = ops[i]!;
		const symbol = op & 0xff;
		const extra = (op >>> 8) & 15;
		const length = lengths[symbol]!;
		if (length + extra <= 24) {
			// Code and value bits in one step (almost always): bits < 8, so acc stays below 2^32.
			acc = (acc << (length + extra)) | (codes[symbol]! << extra) | (op >>> 12);
			bits += length + extra;
		} else {
			acc = (acc << length) | codes[symbol]!;
			bits += length;
			while (bits >= 8) {
				bits -= 8;
				const b = (acc >>> bits) & 0xff;
				buffer[at++] = b;
				if (b === 0xff) buffer[at++] = 0;
			}
			acc = ((acc & ((1 << bits) - 1)) << extra) | (op >>> 12);
			bits += extra;
		}
		while (bits >= 8) {
			bits -= 8;
			const b = (acc >>> bits) & 0xff;
			buffer[at++] = b;
			if (b === 0xff) buffer[at++] = 0;
		}
		acc &= (1 << bits) - 1;
	}
	if (bits > 0) {
		const b = ((acc << (8 - bits)) | ((1 << (8 - bits)) - 1)) & 0xff;
		buffer[at++] = b;
		if (b === 0xff) buffer[at++] = 0;
	}
	out.length = at;
}
