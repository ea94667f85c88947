import { describe, expect, it } from 'vitest';
import { canonicalJson } from './canonicalJson';

describe('canonicalJson', () => {
	it('sorts keys at every depth and writes no whitespace', () => {
		expect(canonicalJson({ b: 1, a: { d: [3, { z: true, y: null }], c: 'x' } })).toBe(
			'{"a":{"c":"x","d":[3,{"y":null,"z":true}]},"b":1}'
		);
	});

	it('gives the same text whatever order the keys were added in', () => {
		const one = { revision: 1, answers: { 'b.item': 'x', 'a.item': 'y' } };
		const two = { answers: { 'a.item': 'y', 'b.item': 'x' }, revision: 1 };
		expect(canonicalJson(one)).toBe(canonicalJson(two));
	});

	it('keeps array order and writes strings and numbers as JSON does (RFC 8785)', () => {
		expect(canonicalJson(['b', 'a'])).toBe('["b","a"]');
		expect(canonicalJson('Nguyễn "An"\n')).toBe('"Nguyễn \\"An\\"\\n"');
		expect(canonicalJson([1e21, 0.1, -0, 10.5])).toBe('[1e+21,0.1,0,10.5]');
		// UTF-16 code unit order: "Z" (0x5A) before "a" (0x61) before "é" (0xE9).
		expect(canonicalJson({ é: 1, a: 2, Z: 3 })).toBe('{"Z":3,"a":2,"é":1}');
	});

	it('leaves out an undefined member, as JSON.stringify does: the same record as one without the key', () => {
		expect(canonicalJson({ b: 1, a: undefined })).toBe('{"b":1}');
	});

	it('writes digit-only keys and __proto__ in code-unit order too (the member-by-member path)', () => {
		expect(canonicalJson({ b: 1, '10': 2, '9': 3 })).toBe('{"10":2,"9":3,"b":1}');
		expect(canonicalJson(JSON.parse('{"__proto__":1,"a":2}'))).toBe('{"__proto__":1,"a":2}');
	});

	it('refuses values JSON cannot carry faithfully instead of hashing something else', () => {
		expect(() => canonicalJson([undefined])).toThrow(/undefined/);
		expect(() => canonicalJson(Number.NaN)).toThrow();
		expect(() => canonicalJson(Infinity)).toThrow();
		expect(() => canonicalJson(new Date(0))).toThrow(/plain objects/);
		expect(() => canonicalJson(() => 1)).toThrow();
	});
});
