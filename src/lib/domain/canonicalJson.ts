/**
 * Canonical JSON: object keys sorted, no whitespace, numbers and strings exactly as JSON.stringify
 * writes them. For the values a record holds (plain objects, arrays, strings, finite numbers,
 * booleans, null) this is the JSON Canonicalization Scheme of RFC 8785, so the same record gives the
 * same bytes on the phone and on the server whatever order its keys were built in, and a hash of it
 * is a fingerprint of the content alone. The one implementation, for the phone and the server.
 *
 * An object member whose value is undefined is left out (as JSON.stringify does: it is the same
 * record as one without the key). Anything else JSON cannot carry faithfully (undefined in an array,
 * NaN, Infinity, functions, dates, maps) throws: a silent `null` would let two records hash alike.
 *
 * Written by one native JSON.stringify over a copy whose keys were inserted in sorted order, several
 * times faster than assembling the text member by member (a 50-inspection push on the server, a
 * large record on a slow phone). What that copy cannot carry the same way (digit-only keys, which
 * engines enumerate first; `__proto__`) goes the member-by-member way.
 */
export function canonicalJson(value: unknown): string {
	const copy = sortedCopy(value);
	return copy === SLOW_PATH ? canonicalSlow(value) : JSON.stringify(copy);
}

const SLOW_PATH = Symbol('slow path');
const DIGITS = /^\d+$/;

function sortedCopy(value: unknown): unknown {
	if (value === null || typeof value === 'boolean' || typeof value === 'string') return value;
	if (typeof value === 'number') return Number.isFinite(value) ? value : SLOW_PATH;
	if (Array.isArray(value)) {
		const out: unknown[] = new Array(value.length);
		for (let i = 0; i < value.length; i++) {
			const item = sortedCopy(value[i]);
			if (item === SLOW_PATH || item === undefined) return SLOW_PATH;
			out[i] = item;
		}
		return out;
	}
	if (typeof value === 'object' && isPlainObject(value)) {
		const out: Record<string, unknown> = {};
		for (const key of Object.keys(value).sort()) {
			if (DIGITS.test(key) || key === '__proto__') return SLOW_PATH;
			const member = (value as Record<string, unknown>)[key];
			if (member === undefined) continue;
			const copied = sortedCopy(member);
			if (copied === SLOW_PATH) return SLOW_PATH;
			out[key] = copied;
		}
		return out;
	}
	return SLOW_PATH;
}

function canonicalSlow(value: unknown): string {
	if (value === null || typeof value === 'boolean' || typeof value === 'string') return JSON.stringify(value);
	if (typeof value === 'number') {
		if (!Number.isFinite(value)) throw new TypeError(`Canonical JSON cannot hold the number ${value}`);
		return JSON.stringify(value);
	}
	if (Array.isArray(value)) {
		return `[${value
			.map((item: unknown) => {
				if (item === undefined) throw new TypeError('Canonical JSON cannot hold undefined inside an array');
				return canonicalSlow(item);
			})
			.join(',')}]`;
	}
	if (typeof value === 'object' && value !== null) {
		if (!isPlainObject(value)) throw new TypeError('Canonical JSON holds plain objects only');
		// Default sort compares UTF-16 code units, which is what RFC 8785 prescribes.
		const members = Object.keys(value)
			.filter((key) => (value as Record<string, unknown>)[key] !== undefined)
			.sort()
			.map((key) => `${JSON.stringify(key)}:${canonicalSlow((value as Record<string, unknown>)[key])}`);
		return `{${members.join(',')}}`;
	}
	throw new TypeError(`Canonical JSON cannot hold a value of type ${typeof value}`);
}

function isPlainObject(value: object): boolean {
	const prototype: unknown = Object.getPrototypeOf(value);
	return prototype === Object.prototype || prototype === null;
}
