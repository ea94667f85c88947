import 'fake-indexeddb/auto';
import { createHash, randomBytes } from 'node:crypto';
import { Dexie } from 'dexie';
import { v7 as uuidv7 } from 'uuid';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { complianceItem, testAgency, testTemplate } from '$lib/testing/checklistFixtures';
import { InspectorDatabase } from '../db/database';
import { PhotoSealedError } from '../evidence/photoRows';
import { removePhoto } from '../evidence/photoStore';
import { savePhoto, type NewPhoto } from '../evidence/savePhoto';
import { InspectionLockedError } from './errors';
import { createInspection } from './createInspection';
import { readInspection, saveAnswer, saveDetails } from './inspectionStore';
import { reopenForRevision } from './reopenForRevision';
import { finalizeWithManifest, NotSignerError, RevisionSealedError } from './sealInspection';
import { saveSignedIn } from '../session/accountStore';
import { importVerifyKey, verifyText } from '$lib/domain/signature';
import type { InspectionManifest } from '$lib/domain/manifest';

const template = testTemplate('seal-test', [complianceItem('tobacco.no-ashtrays', { note: true, photo: true })], { version: 3, theme: 'alcohol-tobacco' });
const agency = testAgency();

let db: InspectorDatabase;
let name: string;

beforeEach(async () => {
	name = `seal-${Math.random().toString(36).slice(2)}`;
	db = new InspectorDatabase(name);
	await saveSignedIn({ id: 'inspector-1', username: 'an', displayName: 'Nguyễn Văn An', role: 'inspector', jurisdiction: null }, db);
});

afterEach(async () => {
	db.close();
	await Dexie.delete(name);
});

function photo(inspectionId: string): NewPhoto {
	const bytes = new Uint8Array(randomBytes(800)).buffer;
	const at = '2026-03-02T01:45:00.000Z';
	return {
		meta: {
			id: uuidv7(),
			inspectionId,
			itemId: 'tobacco.no-ashtrays',
			caption: 'Gạt tàn',
			mime: 'image/jpeg',
			sha256: createHash('sha256').update(new Uint8Array(bytes)).digest('hex'),
			byteLength: 800,
			width: 1600,
			height: 1200,
			capturedAt: at,
			location: null,
			addedAt: at
		},
		image: { mime: 'image/jpeg', bytes },
		thumb: { mime: 'image/jpeg', bytes: new Uint8Array(10).buffer }
	};
}

async function violationDraft() {
	const created = await createInspection(template, agency, { id: 'inspector-1', name: 'Nguyễn Văn An' }, db);
	await saveAnswer(created.id, 'tobacco.no-ashtrays', { value: 'violation', note: 'Gạt tàn trong phòng họp' }, db);
	await saveDetails(created.id, { team: created.team, representative: { name: 'Trần Thị Bình', position: '' }, generalNotes: '' }, db);
	return created;
}

describe('finalize with a tamper-evident record', () => {
	it('refuses while a violation that needs a photo has none, and writes nothing', async () => {
		const created = await violationDraft();
		const result = await finalizeWithManifest(created.id, template, db);
		expect(result.ok).toBe(false);
		if (result.ok) return;
		expect(result.problems).toEqual([{ kind: 'photo-required', sectionId: 'alcohol-tobacco', itemId: 'tobacco.no-ashtrays' }]);
		expect(await db.revisions.count()).toBe(0);
		const read = await readInspection(created.id, db);
		expect(read?.ok && read.inspection.status).toBe('draft');
	});

	it('seals: stores the manifest hash on the inspection and the manifest as revision 1', async () => {
		const created = await violationDraft();
		const p = photo(created.id);
		await savePhoto(p, null, db);
		const result = await finalizeWithManifest(created.id, template, db, new Date('2026-03-02T03:00:00Z'));
		expect(result.ok).toBe(true);
		if (!result.ok) return;
		const read = await readInspection(created.id, db);
		expect(read?.ok && read.inspection.manifestHash).toBe(result.manifestHash);
		expect(read?.ok && read.inspection.status).toBe('finalized');
		const record = await db.revisions.get([created.id, 1]);
		expect(record?.manifestHash).toBe(result.manifestHash);
		expect(createHash('sha256').update(record?.manifestText ?? '', 'utf8').digest('hex')).toBe(result.manifestHash);
		expect(record?.manifest.photos).toEqual([
			{
				id: p.meta.id,
				itemId: 'tobacco.no-ashtrays',
				sha256: p.meta.sha256,
				mime: 'image/jpeg',
				byteLength: 800,
				width: 1600,
				height: 1200,
				capturedAt: p.meta.capturedAt,
				addedAt: p.meta.addedAt,
				caption: 'Gạt tàn',
				location: null,
				source: null,
				exifCapturedAt: null,
				exifLocation: null
			}
		]);
		// Signed by this device's key for the signed-in account, under the account's name.
		const key = await db.deviceKeys.get('inspector-1');
		const manifest = record?.manifest as InspectionManifest;
		expect(manifest.inspector).toEqual({ id: 'inspector-1', name: 'Nguyễn Văn An' });
		expect(manifest.device).toBe(key?.keyId);
		expect(key?.privateKey.extractable).toBe(false);
		expect(await verifyText(await importVerifyKey(key!.publicKey), record?.manifestText ?? '', record?.signature ?? '')).toBe(true);
		expect(record?.manifest).toMatchObject({
			inspectionId: created.id,
			revision: 1,
			template: { id: 'seal-test', version: 3 },
			finishedAt: '2026-03-02T03:00:00.000Z',
			answers: { 'tobacco.no-ashtrays': { value: 'violation', note: 'Gạt tàn trong phòng họp' } }
		});
		// Locked now, photos included; and an unconfirmed sealed photo cannot leave the device.
		await expect(removePhoto(p.meta.id, db)).rejects.toBeInstanceOf(InspectionLockedError);
	});

	it('a returned inspection becomes revision 2 with its own record; revision 1 is kept as it was', async () => {
		const created = await violationDraft();
		const p = photo(created.id);
		await savePhoto(p, null, db);
		const first = await finalizeWithManifest(created.id, template, db, new Date('2026-03-02T03:00:00Z'));
		if (!first.ok) throw new Error('first finalize refused');
		const sealedOne = await db.revisions.get([created.id, 1]);

		await expect(reopenForRevision(created.id, db)).rejects.toBeInstanceOf(InspectionLockedError);
		await db.inspections.update(created.id, { status: 'returned' });
		const reopened = await reopenForRevision(created.id, db);
		expect(reopened).toMatchObject({ status: 'draft', revision: 2, finishedAt: null, manifestHash: null });

		// The photo is in revision 1 and not confirmed by the server: it stays.
		await expect(removePhoto(p.meta.id, db)).rejects.toBeInstanceOf(PhotoSealedError);
		await saveAnswer(created.id, 'tobacco.no-ashtrays', { value: 'violation', note: 'Gạt tàn trong phòng họp tầng 2' }, db);
		const second = await finalizeWithManifest(created.id, template, db, new Date('2026-03-05T03:00:00Z'));
		if (!second.ok) throw new Error('second finalize refused');
		expect(second.manifestHash).not.toBe(first.manifestHash);
		expect(await db.revisions.get([created.id, 1])).toEqual(sealedOne);
		expect((await db.revisions.get([created.id, 2]))?.manifest.revision).toBe(2);
		expect(await db.revisions.where('inspectionId').equals(created.id).count()).toBe(2);
	});

	it('is signed only by the account signed in on this device', async () => {
		const created = await violationDraft();
		await savePhoto(photo(created.id), null, db);
		await saveSignedIn({ id: 'inspector-2', username: 'binh', displayName: 'Trần Bình', role: 'inspector', jurisdiction: null }, db);
		await expect(finalizeWithManifest(created.id, template, db)).rejects.toBeInstanceOf(NotSignerError);
		expect(await db.revisions.count()).toBe(0);
	});

	it('never overwrites a sealed revision', async () => {
		const created = await violationDraft();
		await savePhoto(photo(created.id), null, db);
		await finalizeWithManifest(created.id, template, db);
		// A record that went back to draft without a new revision number (a bug elsewhere) cannot reseal.
		await db.inspections.update(created.id, { status: 'draft' });
		await expect(finalizeWithManifest(created.id, template, db)).rejects.toBeInstanceOf(RevisionSealedError);
		const read = await readInspection(created.id, db);
		expect(read?.ok && read.inspection.status).toBe('draft');
	});
});
