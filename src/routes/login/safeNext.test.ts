import { describe, expect, it } from 'vitest';
import { safeNext } from './safeNext';

describe('safeNext', () => {
	it('keeps a path inside the app, query included', () => {
		expect(safeNext('/inspections/new?x=1')).toBe('/inspections/new?x=1');
	});

	it('sends anything pointing elsewhere to the home page', () => {
		for (const next of ['https://evil.example/', '//evil.example/', '/\\evil.example', 'javascript:alert(1)', '', null, undefined]) {
			expect(safeNext(next)).toBe('/');
		}
	});
});
