import 'fake-indexeddb/auto';
import { createHash, randomBytes } from 'node:crypto';
import { Dexie } from 'dexie';
import { v7 as uuidv7 } from 'uuid';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { complianceItem, testAgency, testTemplate } from '$lib/testing/checklistFixtures';
import { InspectorDatabase } from '../db/database';
import { createInspection } from '../inspections/createInspection';
import { removePhoto } from './photoStore';
import { refreshPhotoWarnings } from './refreshPhotoWarnings';
import { savePhoto, type NewPhoto } from './savePhoto';

const template = testTemplate('warn-test', [complianceItem('office.no-ashtrays', { note: true, photo: true })], { theme: 'office' });

let db: InspectorDatabase;
let name: string;

beforeEach(() => {
	name = `warnings-${Math.random().toString(36).slice(2)}`;
	db = new InspectorDatabase(name);
});

afterEach(async () => {
	db.close();
	await Dexie.delete(name);
});

function photo(inspectionId: string, itemId: string | null, bytes: ArrayBuffer, source: 'camera' | 'gallery', exifCapturedAt: string | null, addedAt: string): NewPhoto {
	return {
		meta: {
			id: uuidv7(),
			inspectionId,
			itemId,
			caption: '',
			mime: 'image/jpeg',
			sha256: createHash('sha256').update(new Uint8Array(bytes)).digest('hex'),
			byteLength: bytes.byteLength,
			width: 1600,
			height: 1200,
			capturedAt: exifCapturedAt ?? addedAt,
			location: null,
			addedAt
		},
		provenance: { source, exifCapturedAt, exifLocation: null },
		image: { mime: 'image/jpeg', bytes },
		thumb: { mime: 'image/jpeg', bytes: new Uint8Array(randomBytes(100)).buffer }
	};
}

describe('refreshPhotoWarnings', () => {
	it('words each photo’s flags on its record, and rewords the other copy once one of a repeated photo is removed', async () => {
		const inspection = await createInspection(template, testAgency(), { id: 'inspector-1', name: 'Nguyễn Văn An' }, db);
		const now = new Date(Date.parse(inspection.startedAt) + 10 * 60_000).toISOString();
		const old = photo(inspection.id, null, new Uint8Array(randomBytes(800)).buffer, 'gallery', '2008-04-19T06:43:16.000Z', now);
		const shared = new Uint8Array(randomBytes(900)).buffer;
		const first = photo(inspection.id, null, shared, 'camera', now, now);
		const second = photo(inspection.id, 'office.no-ashtrays', shared, 'camera', now, now);
		for (const p of [old, first, second]) await savePhoto(p, null, db);
		await refreshPhotoWarnings(inspection.id, db);

		const warnings = async (id: string) => (await db.photos.get(id))?.warnings?.map((w) => w.vi);
		expect((await warnings(old.meta.id))?.[0]).toMatch(/^Chụp trước buổi kiểm tra \d+ năm$/);
		expect(await warnings(first.meta.id)).toEqual(['Cùng một ảnh dùng 2 lần trong biên bản']);
		expect(await warnings(second.meta.id)).toEqual(['Cùng một ảnh dùng 2 lần trong biên bản']);

		await removePhoto(second.meta.id, db);
		await refreshPhotoWarnings(inspection.id, db);
		expect(await warnings(first.meta.id)).toEqual([]);
		// The signed record gets how each photo came, not the words (those are the device's own).
		expect(await db.photos.get(old.meta.id)).toMatchObject({ source: 'gallery', exifCapturedAt: '2008-04-19T06:43:16.000Z', exifLocation: null });
	});
});
