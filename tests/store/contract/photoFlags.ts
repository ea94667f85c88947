import { expect, it } from 'vitest';
import type { ManifestPhotoInput } from '$lib/domain/manifest';
import type { QueueRequest } from '$lib/server/store/review/queue';
import type { StoreContext } from '../store.contract';
import { T0, jpeg, later, seeded } from '../fixtures';
import { STATS_TEMPLATE, statsSubmission } from '../reviewFixtures';

const queue = (filter: Partial<QueueRequest> = {}): QueueRequest => ({ agencyIds: null, sort: 'started-asc', offset: 0, limit: 50, ...filter });

const A = '40000000-0000-4000-8000-00000000000a';
const B = '50000000-0000-4000-8000-00000000000b';
const C = '60000000-0000-4000-8000-00000000000c';
const D = '70000000-0000-4000-8000-00000000000d';
const STARTED = '2026-03-02T01:30:00.000Z';

let photoIds = 0;
/** A photo as the phone records it: by default taken with the camera during the visit, at the agency. */
function photo(hash: string, patch: Partial<ManifestPhotoInput> = {}): ManifestPhotoInput {
	const at = '2026-03-02T01:45:00.000Z';
	return {
		id: `0190a6b2-0000-7000-8000-${String(++photoIds).padStart(12, '0')}`,
		itemId: 'a1',
		caption: '',
		mime: 'image/jpeg',
		sha256: hash,
		byteLength: 600,
		width: 10,
		height: 10,
		capturedAt: at,
		location: null,
		addedAt: at,
		source: 'camera',
		exifCapturedAt: at,
		exifLocation: { lat: 21.8001, lng: 105.2001 },
		...patch
	};
}

/** The queue flag 'photo-flagged': derived from the signed record when stored, and from other inspections citing the same photo. */
export function photoFlagsContract(ctx: () => StoreContext): void {
	const answers = { a1: 'compliant' as const };

	it('flags an inspection with a gallery photo taken days before the visit, and the filter finds only it', async () => {
		const { store } = ctx();
		const { an } = await seeded(store);
		await store.putTemplate(STATS_TEMPLATE, T0);
		const [clean, old] = [jpeg('trong buổi'), jpeg('năm 2008')];
		for (const p of [clean, old]) await store.putPhoto(p.hash, 'image/jpeg', p.bytes, T0, an.id);
		await store.putSubmissions(
			[
				statsSubmission(an, { id: A, agencyId: 'xa-a', startedAt: STARTED, answers, location: null, photos: [photo(clean.hash)] }),
				statsSubmission(an, {
					id: B,
					agencyId: 'xa-a',
					startedAt: STARTED,
					answers,
					location: null,
					photos: [photo(old.hash, { source: 'gallery', exifCapturedAt: '2008-04-19T06:43:16.000Z', capturedAt: '2008-04-19T06:43:16.000Z' })]
				})
			],
			T0
		);
		const { rows } = await store.reviewQueue(queue());
		expect(rows.find((r) => r.id === A)?.flags).toEqual(['no-location']);
		expect(rows.find((r) => r.id === B)?.flags).toEqual(['no-location', 'photo-flagged']);
		expect((await store.reviewQueue(queue({ flags: ['photo-flagged'] }))).rows.map((r) => r.id)).toEqual([B]);
		expect((await store.reviewQueue(queue({ flags: ['photo-flagged', 'no-location'] }))).total).toBe(1);
	});

	it('flags a photo without capture time, an EXIF position far from the agency, and the same photo on two items', async () => {
		const { store } = ctx();
		const { an } = await seeded(store);
		await store.putTemplate(STATS_TEMPLATE, T0);
		const [p1, p2, p3] = [jpeg('không giờ'), jpeg('xa'), jpeg('hai mục')];
		for (const p of [p1, p2, p3]) await store.putPhoto(p.hash, 'image/jpeg', p.bytes, T0, an.id);
		await store.putSubmissions(
			[
				statsSubmission(an, { id: A, agencyId: 'xa-a', startedAt: STARTED, answers, location: null, photos: [photo(p1.hash, { exifCapturedAt: null })] }),
				statsSubmission(an, { id: B, agencyId: 'xa-a', startedAt: STARTED, answers, location: null, photos: [photo(p2.hash, { exifLocation: { lat: 10.77, lng: 106.7 } })] }),
				statsSubmission(an, { id: C, agencyId: 'xa-a', startedAt: STARTED, answers, location: null, photos: [photo(p3.hash), photo(p3.hash, { itemId: 'a2' })] })
			],
			T0
		);
		expect((await store.reviewQueue(queue({ flags: ['photo-flagged'] }))).rows.map((r) => r.id).sort()).toEqual([A, B, C]);
	});

	it('flags both inspections once a later one cites a photo an earlier one holds, and a new clean revision keeps the reuse flag', async () => {
		const { store } = ctx();
		const { an } = await seeded(store);
		await store.putTemplate(STATS_TEMPLATE, T0);
		const [shared, own] = [jpeg('dùng chung'), jpeg('riêng')];
		for (const p of [shared, own]) await store.putPhoto(p.hash, 'image/jpeg', p.bytes, T0, an.id);
		await store.putSubmissions(
			[
				statsSubmission(an, { id: A, agencyId: 'xa-a', startedAt: STARTED, answers, location: null, photos: [photo(shared.hash)] }),
				statsSubmission(an, { id: D, agencyId: 'xa-a', startedAt: STARTED, answers, location: null, photos: [photo(own.hash)] })
			],
			T0
		);
		expect((await store.reviewQueue(queue({ flags: ['photo-flagged'] }))).total).toBe(0);
		await store.putSubmissions([statsSubmission(an, { id: B, agencyId: 'so-noi-vu', startedAt: STARTED, answers, location: null, photos: [photo(shared.hash)] })], later(1000));
		expect((await store.reviewQueue(queue({ flags: ['photo-flagged'] }))).rows.map((r) => r.id).sort()).toEqual([A, B]);
		// A's next revision drops nothing of its past: the photo is still cited by both inspections.
		await store.putSubmissions(
			[statsSubmission(an, { id: A, revision: 2, agencyId: 'xa-a', startedAt: STARTED, answers, location: null, photos: [photo(shared.hash)] })],
			later(2000)
		);
		expect((await store.reviewQueue(queue({ flags: ['photo-flagged'] }))).rows.map((r) => r.id).sort()).toEqual([A, B]);
		expect((await store.photoReferences(shared.hash)).map((r) => r.inspectionId).sort()).toEqual([A, A, B]);
	});
}
