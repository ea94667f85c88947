import { describe, expect, it } from 'vitest';
import { canonicalJson } from '$lib/domain/canonicalJson';
import { sha256Hex } from './canonical';

describe('canonicalJson', () => {
	it('writes one form whatever the key order or spacing', () => {
		const a = JSON.parse('{ "b": 1, "a": { "y": [1, "x", null], "x": true } }') as unknown;
		const b = JSON.parse('{"a":{"x":true,"y":[1,"x",null]},"b":1}') as unknown;
		expect(canonicalJson(a)).toBe('{"a":{"x":true,"y":[1,"x",null]},"b":1}');
		expect(canonicalJson(a)).toBe(canonicalJson(b));
	});

	it('sorts keys by UTF-16 code units and keeps Vietnamese text as it is', () => {
		expect(canonicalJson({ é: 1, z: 2, Z: 3, '10': 4, '9': 5 })).toBe('{"10":4,"9":5,"Z":3,"z":2,"é":1}');
		expect(canonicalJson({ ghiChu: 'Công chức đeo thẻ' })).toBe('{"ghiChu":"Công chức đeo thẻ"}');
	});

	it('writes numbers as JSON does (RFC 8785) and drops undefined members', () => {
		expect(canonicalJson([1.5, 1e21, -0, 0.1 + 0.2])).toBe('[1.5,1e+21,0,0.30000000000000004]');
		expect(canonicalJson({ a: undefined, b: 1 })).toBe('{"b":1}');
	});

	it('refuses what JSON cannot carry', () => {
		expect(() => canonicalJson(Number.NaN)).toThrow(TypeError);
		expect(() => canonicalJson([undefined])).toThrow(TypeError);
		expect(() => canonicalJson(new Date())).toThrow(TypeError);
		expect(() => canonicalJson({ n: 10n })).toThrow(TypeError);
	});

	it('writes what the member-by-member form writes, on shapes its fast path cannot carry too', () => {
		// The fast path (sorted copy + JSON.stringify) hands digit-only keys and __proto__ to the slow one.
		const parsed = JSON.parse('{"__proto__": {"b": 1, "a": 2}, "2": "x", "10": [{"z": null, "y": -0}], "k": {"é": "Đạt", "e": "\\ud800"}}') as unknown;
		expect(canonicalJson(parsed)).toBe('{"10":[{"y":0,"z":null}],"2":"x","__proto__":{"a":2,"b":1},"k":{"e":"\\ud800","é":"Đạt"}}');
		const random = (depth: number): unknown => {
			const roll = Math.random();
			if (depth > 3 || roll < 0.3) return [null, true, 1.25, -3, 'Vi phạm "x"\n', '', 1e21][Math.floor(Math.random() * 7)];
			if (roll < 0.6) return Array.from({ length: Math.floor(Math.random() * 4) }, () => random(depth + 1));
			const keys = ['b', 'a', 'Z', 'ă', 'answers', 'note', 'aa', 'a-b', 'a.b'];
			return Object.fromEntries(keys.filter(() => Math.random() < 0.5).map((k) => [k, random(depth + 1)]));
		};
		for (let i = 0; i < 300; i++) {
			const value = random(0);
			expect(canonicalJson(value)).toBe(slowCanonical(value));
		}
	});

	it('hashes as 64 lowercase hex digits', () => {
		expect(sha256Hex('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
	});
});

/** The definition, written out member by member: what the fast path must equal. */
function slowCanonical(value: unknown): string {
	if (Array.isArray(value)) return `[${value.map(slowCanonical).join(',')}]`;
	if (value !== null && typeof value === 'object') {
		const keys = Object.keys(value).sort();
		return `{${keys.map((k) => `${JSON.stringify(k)}:${slowCanonical((value as Record<string, unknown>)[k])}`).join(',')}}`;
	}
	return JSON.stringify(value);
}
