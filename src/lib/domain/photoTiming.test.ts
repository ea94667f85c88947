import { describe, expect, it } from 'vitest';
import type { PhotoMeta } from './evidence';
import { DEFAULT_VISIT_MARGIN_MS, photosOutsideVisit } from './photoTiming';

function photo(id: string, capturedAt: string): PhotoMeta {
	return {
		id,
		inspectionId: '0190a6b2-3c4d-7e5f-8a9b-0c1d2e3f4a5b',
		itemId: null,
		caption: '',
		mime: 'image/jpeg',
		sha256: 'a'.repeat(64),
		byteLength: 1000,
		width: 10,
		height: 10,
		capturedAt,
		location: null,
		addedAt: capturedAt
	};
}

const visit = { startedAt: '2026-03-02T01:30:00.000Z', finishedAt: '2026-03-02T03:00:00.000Z' };

describe('photosOutsideVisit', () => {
	it('keeps photos taken during the visit or within the margin, reports the others', () => {
		expect(DEFAULT_VISIT_MARGIN_MS).toBe(30 * 60 * 1000);
		const photos = [
			photo('during', '2026-03-02T02:00:00.000Z'),
			photo('just-before', '2026-03-02T01:05:00.000Z'),
			photo('just-after', '2026-03-02T03:29:00.000Z'),
			photo('day-before', '2026-03-01T02:00:00.000Z'),
			photo('later', '2026-03-02T04:00:00.000Z')
		];
		expect(photosOutsideVisit(photos, visit).map((p) => p.id)).toEqual(['day-before', 'later']);
	});

	it('runs an open visit until now, and takes another margin', () => {
		const open = { startedAt: visit.startedAt, finishedAt: null };
		const photos = [photo('now', '2026-03-02T05:00:00.000Z'), photo('future', '2026-03-02T07:00:00.000Z')];
		const now = new Date('2026-03-02T05:10:00.000Z');
		expect(photosOutsideVisit(photos, open, DEFAULT_VISIT_MARGIN_MS, now).map((p) => p.id)).toEqual(['future']);
		expect(photosOutsideVisit([photo('a', '2026-03-02T01:20:00.000Z')], visit, 5 * 60 * 1000).map((p) => p.id)).toEqual(['a']);
	});

	it('reports a capture time that cannot be read', () => {
		expect(photosOutsideVisit([photo('bad', 'not a date')], visit).map((p) => p.id)).toEqual(['bad']);
	});
});
