import { describe, expect, it } from 'vitest';
import { photoFlags, type FlaggablePhoto } from './photoFlags';
import { gapText, photoFlagText } from './photoFlagText';

const visit = { startedAt: '2026-03-02T01:30:00.000Z', finishedAt: '2026-03-02T03:00:00.000Z' };
const agency = { lat: 21.0285, lng: 105.8542 };

function photo(id: string, patch: Partial<FlaggablePhoto> = {}): FlaggablePhoto {
	return { id, sha256: id.padEnd(64, '0'), capturedAt: '2026-03-02T02:00:00.000Z', source: 'camera', exifCapturedAt: '2026-03-02T02:00:00.000Z', exifLocation: null, ...patch };
}

describe('photoFlags', () => {
	it('says nothing of a camera photo taken during the visit at the agency', () => {
		expect(photoFlags([photo('a', { exifLocation: { lat: 21.0286, lng: 105.8543 } })], { visit, agencyLocation: agency }).size).toBe(0);
	});

	it('flags a gallery photo from an earlier day, with the gap', () => {
		const flags = photoFlags([photo('a', { source: 'gallery', exifCapturedAt: '2026-02-27T01:30:00.000Z' })], { visit, agencyLocation: agency });
		expect(flags.get('a')).toEqual([{ kind: 'outside-visit', when: 'before', gapMs: 3 * 24 * 3600_000 }]);
		expect(photoFlagText(flags.get('a')![0]!)).toEqual({ vi: 'Chụp trước buổi kiểm tra 3 ngày', en: 'Taken 3 days before the visit' });
	});

	it('flags a photo taken after the record was finalized, beyond the margin; keeps one within it', () => {
		const flags = photoFlags(
			[photo('late', { exifCapturedAt: '2026-03-02T06:00:00.000Z' }), photo('margin', { exifCapturedAt: '2026-03-02T03:20:00.000Z' })],
			{ visit, agencyLocation: null }
		);
		expect(flags.get('late')).toEqual([{ kind: 'outside-visit', when: 'after', gapMs: 3 * 3600_000 }]);
		expect(flags.has('margin')).toBe(false);
	});

	it('while the visit is open, the end is now', () => {
		const open = { startedAt: visit.startedAt, finishedAt: null };
		const now = new Date('2026-03-02T02:10:00.000Z');
		const flags = photoFlags([photo('future', { exifCapturedAt: '2026-03-02T05:10:00.000Z' })], { visit: open, agencyLocation: null, now });
		expect(flags.get('future')).toEqual([{ kind: 'outside-visit', when: 'after', gapMs: 3 * 3600_000 }]);
	});

	it('flags a photo without an EXIF capture time, but not an older record that kept only capturedAt', () => {
		const flags = photoFlags([photo('none', { source: 'gallery', exifCapturedAt: null }), photo('old', { source: null, exifCapturedAt: null })], {
			visit,
			agencyLocation: null
		});
		expect(flags.get('none')).toEqual([{ kind: 'no-capture-time' }]);
		expect(flags.has('old')).toBe(false);
	});

	it('judges an older record by its capturedAt', () => {
		const flags = photoFlags([{ id: 'old', sha256: 'f'.repeat(64), capturedAt: '2025-03-02T01:30:00.000Z' }], { visit, agencyLocation: null });
		expect(flags.get('old')?.[0]).toMatchObject({ kind: 'outside-visit', when: 'before' });
	});

	it('flags an EXIF position far from the agency with the same threshold as the location flags', () => {
		const hcmc = { lat: 10.7769, lng: 106.7009 };
		const flags = photoFlags([photo('far', { exifLocation: hcmc }), photo('near', { exifLocation: { lat: 21.031, lng: 105.8542 } })], { visit, agencyLocation: agency });
		expect(flags.get('far')?.[0]).toMatchObject({ kind: 'far-from-agency' });
		expect(flags.has('near')).toBe(false);
		const tight = photoFlags([photo('near', { exifLocation: { lat: 21.031, lng: 105.8542 } })], { visit, agencyLocation: agency, farFromAgencyMetres: 100 });
		expect(tight.get('near')?.[0]).toMatchObject({ kind: 'far-from-agency' });
		expect(photoFlags([photo('far', { exifLocation: hcmc })], { visit, agencyLocation: null }).size).toBe(0);
	});

	it('flags the same bytes used on several items, and bytes another inspection cites', () => {
		const same = 'b'.repeat(64);
		const flags = photoFlags([photo('x', { sha256: same }), photo('y', { sha256: same }), photo('z')], {
			visit,
			agencyLocation: null,
			elsewhere: new Set([photo('z').sha256])
		});
		expect(flags.get('x')).toEqual([{ kind: 'repeated-in-record', count: 2 }]);
		expect(flags.get('y')).toEqual([{ kind: 'repeated-in-record', count: 2 }]);
		expect(flags.get('z')).toEqual([{ kind: 'in-other-inspection' }]);
	});
});

describe('gapText', () => {
	it('words a gap at a useful precision', () => {
		expect(gapText(40 * 60_000)).toEqual({ vi: '40 phút', en: '40 minutes' });
		expect(gapText(5 * 3600_000)).toEqual({ vi: '5 giờ', en: '5 hours' });
		expect(gapText(17.9 * 365.25 * 86_400_000)).toEqual({ vi: '17 năm', en: '17 years' });
	});
});
