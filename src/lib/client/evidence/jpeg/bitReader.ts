import { LOOKUP_BITS, extend, type DecodingTable } from './huffman';

/** A JPEG this reader does not cover (or a broken one): the caller keeps the file as it is. */
export class Unsupported extends Error {}

export const LOOKUP_MASK = (1 << LOOKUP_BITS) - 1;

/**
 * The bits of a scan's entropy-coded data, most significant first: stuffed zero bytes removed, and
 * zeros fed once a marker is reached. Up to 32 bits are buffered; `count` of them are unread.
 */
export class BitReader {
	buffer = 0;
	count = 0;
	pos: number;
	marker = false;
	/** Zero bits fed after the data ran out (at a marker or the end of the file). */
	fed = 0;
	/** Where the next 0xFF byte is: the bytes before it need no check for stuffing or markers. */
	private nextFF: number;

	constructor(
		readonly data: Uint8Array,
		start: number
	) {
		this.pos = start;
		this.nextFF = this.findFF(start);
	}

	private findFF(from: number): number {
		const at = this.data.indexOf(0xff, from);
		return at < 0 ? this.data.length : at;
	}

	fill(): void {
		const data = this.data;
		let buffer = this.buffer;
		let count = this.count;
		let pos = this.pos;
		// Plain bytes (almost all): no 0xFF among them, no check per byte.
		const plain = this.nextFF;
		while (count <= 24 && pos < plain) {
			buffer = (buffer << 8) | data[pos++]!;
			count += 8;
		}
		while (count <= 24) {
			let byte = 0;
			if (!this.marker && pos < data.length) {
				byte = data[pos]!;
				if (byte !== 0xff) pos++;
				else if (data[pos + 1] === 0) {
					pos += 2;
					this.nextFF = this.findFF(pos);
				} else {
					this.marker = true;
					byte = 0;
				}
			} else this.marker = true;
			if (this.marker) this.fed += 8;
			buffer = (buffer << 8) | byte;
			count += 8;
		}
		this.buffer = buffer;
		this.count = count;
		this.pos = pos;
	}

	bits(n: number): number {
		if (this.count < n) this.fill();
		this.count -= n;
		return (this.buffer >>> this.count) & ((1 << n) - 1);
	}

	decode(table: DecodingTable): number {
		if (this.count < 16) this.fill();
		const entry = table.lookup[(this.buffer >>> (this.count - LOOKUP_BITS)) & LOOKUP_MASK]!;
		if (entry !== 0) {
			this.count -= entry >> 8;
			return entry & 0xff;
		}
		let length = LOOKUP_BITS + 1;
		let code = (this.buffer >>> (this.count - length)) & ((1 << length) - 1);
		while (code > table.maxCode[length]!) {
			length++;
			code = (this.buffer >>> (this.count - length)) & ((1 << length) - 1);
		}
		if (length > 16) throw new Unsupported('bad Huffman code');
		this.count -= length;
		return table.symbols[table.offset[length]! + code]!;
	}

	/** A coefficient of `size` bits (T.81 F.2.2.1: EXTEND). */
	value(size: number): number {
		return size === 0 ? 0 : extend(this.bits(size), size);
	}

	/**
	 * Throws when decoding used bits that were not in the data (fed zeros): the file is cut short or
	 * damaged. Bits fed but still unread are fine (the buffer reads ahead).
	 */
	checkComplete(): void {
		if (this.fed > this.count) throw new Unsupported('entropy-coded data cut short');
	}

	/** At a restart marker: drop the bits left and step over RSTn. */
	restart(): void {
		this.checkComplete();
		this.fed = 0;
		this.count = 0;
		this.buffer = 0;
		this.marker = false;
		while (this.data[this.pos] === 0xff && this.data[this.pos + 1] === 0xff) this.pos++;
		const m = this.data[this.pos + 1] ?? 0;
		if (this.data[this.pos] !== 0xff || m < 0xd0 || m > 0xd7) throw new Unsupported('missing restart marker');
		this.pos += 2;
		this.nextFF = this.findFF(this.pos);
	}

	/** Where the next marker starts, after the scan's data (checked complete). */
	end(): number {
		this.checkComplete();
		const data = this.data;
		let at = this.pos;
		while (at + 1 < data.length && !(data[at] === 0xff && data[at + 1] !== 0 && (data[at + 1]! < 0xd0 || data[at + 1]! > 0xd7))) at++;
		return at;
	}
}
