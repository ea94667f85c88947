import { createHash } from 'node:crypto';

/**
 * One byte sequence per JSON value, whatever the key order or spacing the device used: keys sorted by
 * UTF-16 code units, no whitespace, numbers and strings as JSON.stringify writes them. For the values
 * JSON.parse produces this matches RFC 8785 (JCS), so a device can compute the same hash.
 * The submission's content hash is taken over this form: it decides duplicate versus conflict.
 *
 * Written by one native JSON.stringify over a copy whose keys were inserted in sorted order (several
 * times faster than assembling the text here, which matters for a 50-inspection push); values that
 * copy cannot carry with the same result (digit-only keys, which engines enumerate first; non-finite
 * numbers; anything not plain JSON) go the member-by-member way, which writes or refuses them.
 */
export function canonicalJson(value: unknown): string {
	const copy = sortedCopy(value);
	return copy === UNSUPPORTED ? canonicalSlow(value) : JSON.stringify(copy);
}

const UNSUPPORTED = Symbol('unsupported');
const DIGITS = /^\d+$/;

function sortedCopy(value: unknown): unknown {
	if (value === null || typeof value === 'boolean' || typeof value === 'string') return value;
	if (typeof value === 'number') return Number.isFinite(value) ? value : UNSUPPORTED;
	if (Array.isArray(value)) {
		const out: unknown[] = new Array(value.length);
		for (let i = 0; i < value.length; i++) {
			const item = sortedCopy(value[i]);
			if (item === UNSUPPORTED || item === undefined) return UNSUPPORTED;
			out[i] = item;
		}
		return out;
	}
	if (typeof value === 'object' && isPlainObject(value)) {
		const out: Record<string, unknown> = {};
		for (const key of Object.keys(value).sort()) {
			if (DIGITS.test(key) || key === '__proto__') return UNSUPPORTED;
			const member = (value as Record<string, unknown>)[key];
			// Undefined members are left out, as JSON.stringify and canonicalSlow both do.
			if (member === undefined) continue;
			const copied = sortedCopy(member);
			if (copied === UNSUPPORTED) return UNSUPPORTED;
			out[key] = copied;
		}
		return out;
	}
	return UNSUPPORTED;
}

function canonicalSlow(value: unknown): string {
	if (value === null || typeof value === 'boolean' || typeof value === 'string') return JSON.stringify(value);
	if (typeof value === 'number') {
		if (!Number.isFinite(value)) throw new TypeError('canonicalJson: numbers must be finite');
		return JSON.stringify(value);
	}
	if (Array.isArray(value)) {
		return `[${value.map((item: unknown) => {
			if (item === undefined) throw new TypeError('canonicalJson: undefined inside an array');
			return canonicalSlow(item);
		}).join(',')}]`;
	}
	if (typeof value === 'object' && isPlainObject(value)) {
		const entries = Object.keys(value)
			.filter((key) => (value as Record<string, unknown>)[key] !== undefined)
			.sort(compareCodeUnits)
			.map((key) => `${JSON.stringify(key)}:${canonicalSlow((value as Record<string, unknown>)[key])}`);
		return `{${entries.join(',')}}`;
	}
	throw new TypeError(`canonicalJson: ${typeof value} is not JSON`);
}

/** SHA-256 as 64 lowercase hex digits: the form used for content hashes, photo addresses and session tokens. */
export function sha256Hex(data: string | Uint8Array): string {
	return createHash('sha256').update(data).digest('hex');
}

export const SHA256_HEX = /^[0-9a-f]{64}$/;

function isPlainObject(value: object): boolean {
	const proto: unknown = Object.getPrototypeOf(value);
	return proto === Object.prototype || proto === null;
}

// Array.prototype.sort's default order is by UTF-16 code units, which is what JCS asks for;
// localeCompare would differ between machines.
function compareCodeUnits(a: string, b: string): number {
	return a < b ? -1 : a > b ? 1 : 0;
}
