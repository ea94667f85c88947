/**
 * Canonical JSON: object keys sorted, no whitespace, numbers and strings exactly as JSON.stringify
 * writes them. For the values a manifest holds (plain objects, arrays, strings, finite numbers,
 * booleans, null) this is the JSON Canonicalization Scheme of RFC 8785, so the same record gives the
 * same bytes on the phone and on the server whatever order its keys were built in, and a hash of it
 * is a fingerprint of the content alone.
 *
 * Anything JSON cannot carry faithfully (undefined, NaN, Infinity, functions, dates, maps) throws:
 * a silent `null` or a dropped key would let two different records hash alike.
 */
export function canonicalJson(value: unknown): string {
	if (value === null) return 'null';
	switch (typeof value) {
		case 'boolean':
			return value ? 'true' : 'false';
		case 'string':
			return JSON.stringify(value);
		case 'number':
			if (!Number.isFinite(value)) throw new TypeError(`Canonical JSON cannot hold the number ${value}`);
			return JSON.stringify(value);
		case 'object':
			return Array.isArray(value) ? canonicalArray(value) : canonicalObject(value);
		default:
			throw new TypeError(`Canonical JSON cannot hold a value of type ${typeof value}`);
	}
}

function canonicalArray(values: readonly unknown[]): string {
	return `[${values.map(canonicalJson).join(',')}]`;
}

function canonicalObject(value: object): string {
	const prototype: unknown = Object.getPrototypeOf(value);
	if (prototype !== Object.prototype && prototype !== null) {
		throw new TypeError('Canonical JSON holds plain objects only');
	}
	// Default sort compares UTF-16 code units, which is what RFC 8785 prescribes.
	const keys = Object.keys(value).sort();
	const members = keys.map((key) => {
		const member: unknown = (value as Record<string, unknown>)[key];
		if (member === undefined) throw new TypeError(`Canonical JSON cannot hold undefined (key "${key}")`);
		return `${JSON.stringify(key)}:${canonicalJson(member)}`;
	});
	return `{${members.join(',')}}`;
}
