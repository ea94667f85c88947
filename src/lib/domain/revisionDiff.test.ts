import { describe, expect, it } from 'vitest';
import type { RecordPhoto } from './manifest';
import { diffRevisions } from './revisionDiff';

const photo = (id: string, sha: string): RecordPhoto => ({ id, itemId: null, sha256: sha.repeat(64), capturedAt: '2026-03-02T08:00:00.000Z', caption: '', location: null });
const base = {
	answers: { a: { value: 'violation', note: 'Thiếu bảng tên' }, b: { value: 'compliant', note: '' }, c: { value: 5, note: '' } },
	photos: [photo('p1', 'a'), photo('p2', 'b')],
	generalNotes: 'Buổi sáng',
	representative: { name: 'Lê Văn Cường', position: 'Chánh Văn phòng' },
	location: { lat: 21.8, lng: 105.2, accuracy: 8, source: 'gps' as const, capturedAt: '2026-03-02T08:00:00.000Z' }
};

describe('diffRevisions', () => {
	it('finds nothing between a revision and itself', () => {
		expect(diffRevisions(base, structuredClone(base)).same).toBe(true);
	});

	it('lists changed values and notes, added and removed answers and photos, notes, representative and location', () => {
		const next = {
			answers: { a: { value: 'compliant', note: 'Đã treo bảng tên' }, b: { value: 'compliant', note: 'Đúng giờ' }, d: { value: 'na', note: '' } },
			photos: [photo('p2-new-id', 'b'), photo('p3', 'c')],
			generalNotes: 'Buổi chiều',
			representative: { name: 'Lê Văn Cường', position: 'Phó Chánh Văn phòng' },
			location: { ...base.location, source: 'manual' as const, accuracy: null }
		};
		const diff = diffRevisions(base, next);
		expect(diff.answers).toEqual([
			{ itemId: 'a', before: { value: 'violation', note: 'Thiếu bảng tên' }, after: { value: 'compliant', note: 'Đã treo bảng tên' }, valueChanged: true, noteChanged: true },
			{ itemId: 'b', before: { value: 'compliant', note: '' }, after: { value: 'compliant', note: 'Đúng giờ' }, valueChanged: false, noteChanged: true },
			{ itemId: 'c', before: { value: 5, note: '' }, after: null, valueChanged: true, noteChanged: false },
			{ itemId: 'd', before: null, after: { value: 'na', note: '' }, valueChanged: true, noteChanged: false }
		]);
		// p2 kept its bytes under a new id: not a change.
		expect(diff.photosAdded.map((p) => p.id)).toEqual(['p3']);
		expect(diff.photosRemoved.map((p) => p.id)).toEqual(['p1']);
		expect(diff.generalNotes).toEqual({ before: 'Buổi sáng', after: 'Buổi chiều' });
		expect(diff.representative?.after.position).toBe('Phó Chánh Văn phòng');
		expect(diff.location?.after?.source).toBe('manual');
		expect(diff.same).toBe(false);
	});
});
