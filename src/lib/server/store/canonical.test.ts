import { describe, expect, it } from 'vitest';
import { canonicalJson, sha256Hex } from './canonical';

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

	it('hashes as 64 lowercase hex digits', () => {
		expect(sha256Hex('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
	});
});
