import 'fake-indexeddb/auto';
import { createHash, randomBytes } from 'node:crypto';
import { Dexie } from 'dexie';
import { v7 as uuidv7 } from 'uuid';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { complianceItem, testAgency, testTemplate } from '$lib/testing/checklistFixtures';
import { InspectorDatabase } from '../db/database';
import { InspectionLockedError } from '../inspections/errors';
import { createInspection } from '../inspections/createInspection';
import { freeConfirmedPhotos, freeableBytes } from '../storage/freeConfirmedPhotos';
import { unsentItems } from '../storage/unsentItems';
import { listPhotos, photoCounts, photosWithThumbs, readPhotoBytes, removePhoto, setPhotoCaption } from './photoStore';
import { PhotoIntegrityError, savePhoto, type NewPhoto } from './savePhoto';

const template = testTemplate('photo-test', [complianceItem('office.no-ashtrays', { note: true, photo: true })], { theme: 'office' });
const agency = testAgency();

let db: InspectorDatabase;
let name: string;

beforeEach(() => {
	name = `photos-${Math.random().toString(36).slice(2)}`;
	db = new InspectorDatabase(name);
});

afterEach(async () => {
	db.close();
	await Dexie.delete(name);
});

function newPhoto(inspectionId: string, itemId: string | null, size = 1000, at = '2026-03-02T01:45:00.000Z'): NewPhoto {
	const bytes = new Uint8Array(randomBytes(size)).buffer;
	return {
		meta: {
			id: uuidv7(),
			inspectionId,
			itemId,
			caption: '',
			mime: 'image/jpeg',
			sha256: createHash('sha256').update(new Uint8Array(bytes)).digest('hex'),
			byteLength: size,
			width: 1600,
			height: 1200,
			capturedAt: at,
			location: null,
			addedAt: at
		},
		image: { mime: 'image/jpeg', bytes },
		thumb: { mime: 'image/jpeg', bytes: new Uint8Array(randomBytes(100)).buffer }
	};
}

async function draft() {
	return createInspection(template, agency, { id: 'inspector-1', name: 'Nguyễn Văn An' }, db);
}

describe('photo tables (device database v3)', () => {
	it('stores record, bytes and thumbnail together and reads them back by inspection and item', async () => {
		const inspection = await draft();
		const item = newPhoto(inspection.id, 'office.no-ashtrays', 2000, '2026-03-02T01:45:00.000Z');
		const general = newPhoto(inspection.id, null, 1500, '2026-03-02T01:46:00.000Z');
		await savePhoto(item, null, db);
		await savePhoto(general, null, db);

		expect((await listPhotos(inspection.id, db)).map((p) => p.id)).toEqual([item.meta.id, general.meta.id]);
		expect(await photoCounts(inspection.id, db)).toEqual(new Map([['office.no-ashtrays', 1]]));
		const forItem = await photosWithThumbs(inspection.id, 'office.no-ashtrays', db);
		expect(forItem.map((p) => p.photo.id)).toEqual([item.meta.id]);
		expect(forItem[0]?.thumb?.bytes.byteLength).toBe(100);
		expect((await photosWithThumbs(inspection.id, null, db)).map((p) => p.photo.id)).toEqual([general.meta.id]);

		const stored = await readPhotoBytes(item.meta.id, db);
		expect(stored?.mime).toBe('image/jpeg');
		expect(stored?.bytes).toBeInstanceOf(ArrayBuffer);
		expect(createHash('sha256').update(new Uint8Array(stored?.bytes ?? new ArrayBuffer(0))).digest('hex')).toBe(item.meta.sha256);
		expect(await db.photos.where('sha256').equals(item.meta.sha256).count()).toBe(1);
		expect((await db.photos.get(item.meta.id))?.confirmedAt).toBeNull();
	});

	it('refuses a record whose hash does not match its bytes, and writes nothing', async () => {
		const inspection = await draft();
		const photo = newPhoto(inspection.id, null);
		photo.meta.sha256 = 'f'.repeat(64);
		await expect(savePhoto(photo, null, db)).rejects.toBeInstanceOf(PhotoIntegrityError);
		expect(await db.photos.count()).toBe(0);
		expect(await db.photoBlobs.count()).toBe(0);
	});

	it('captions, replaces (keeping the caption) and removes photos until finalized; then refuses', async () => {
		const inspection = await draft();
		const first = newPhoto(inspection.id, 'office.no-ashtrays');
		await savePhoto(first, null, db);
		await setPhotoCaption(first.meta.id, 'Gạt tàn trên bàn họp', db);
		const second = newPhoto(inspection.id, 'office.no-ashtrays');
		await savePhoto(second, first.meta.id, db);
		const after = await listPhotos(inspection.id, db);
		expect(after.map((p) => [p.id, p.caption])).toEqual([[second.meta.id, 'Gạt tàn trên bàn họp']]);
		expect(await db.photoBlobs.get(first.meta.id)).toBeUndefined();
		expect(await db.photoThumbs.get(first.meta.id)).toBeUndefined();

		await db.inspections.update(inspection.id, { status: 'finalized' });
		await expect(savePhoto(newPhoto(inspection.id, null), null, db)).rejects.toBeInstanceOf(InspectionLockedError);
		await expect(setPhotoCaption(second.meta.id, 'khác', db)).rejects.toBeInstanceOf(InspectionLockedError);
		await expect(removePhoto(second.meta.id, db)).rejects.toBeInstanceOf(InspectionLockedError);
		expect(await db.photos.count()).toBe(1);

		await db.inspections.update(inspection.id, { status: 'draft' });
		await removePhoto(second.meta.id, db);
		expect(await db.photos.count()).toBe(0);
		expect(await db.photoBlobs.count()).toBe(0);
		expect(await db.photoThumbs.count()).toBe(0);
	});

	it('frees the bytes of confirmed photos only, keeping records and thumbnails', async () => {
		const inspection = await draft();
		const confirmed = newPhoto(inspection.id, 'office.no-ashtrays', 3000);
		const unconfirmed = newPhoto(inspection.id, null, 5000);
		await savePhoto(confirmed, null, db);
		await savePhoto(unconfirmed, null, db);
		await db.photos.update(confirmed.meta.id, { confirmedAt: '2026-03-03T00:00:00.000Z' });

		expect(await freeableBytes(db)).toEqual({ photos: 1, bytes: 3000 });
		expect(await unsentItems(db)).toMatchObject({ photos: 1 });
		expect(await freeConfirmedPhotos(db, new Date('2026-03-04T00:00:00Z'))).toEqual({ photos: 1, bytes: 3000 });
		expect(await readPhotoBytes(confirmed.meta.id, db)).toBeNull();
		expect((await db.photos.get(confirmed.meta.id))?.bytesRemovedAt).toBe('2026-03-04T00:00:00.000Z');
		expect(await db.photoThumbs.get(confirmed.meta.id)).toBeDefined();
		expect((await readPhotoBytes(unconfirmed.meta.id, db))?.bytes.byteLength).toBe(5000);
		// Nothing left to free: a second call is a no-op.
		expect(await freeConfirmedPhotos(db)).toEqual({ photos: 0, bytes: 0 });
	});
});
