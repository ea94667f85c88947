import 'fake-indexeddb/auto';
import { createHash, randomBytes } from 'node:crypto';
import { Dexie } from 'dexie';
import { v7 as uuidv7 } from 'uuid';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { complianceItem, testAgency, testTemplate } from '$lib/testing/checklistFixtures';
import { PendingBundleSchema } from '$lib/domain/pendingBundle';
import type { InspectionManifest } from '$lib/domain/manifest';
import { saveSignedIn } from '../session/accountStore';
import { InspectorDatabase } from '../db/database';
import { savePhoto } from '../evidence/savePhoto';
import { createInspection } from '../inspections/createInspection';
import { saveAnswer, saveDetails } from '../inspections/inspectionStore';
import { finalizeWithManifest } from '../inspections/sealInspection';
import { readOutbox } from './outbox';
import { base64Of, buildPendingBundle, bundleFileName } from './pendingBundle';

const template = testTemplate('bundle-test', [complianceItem('dress.id-card', { photo: true })]);
const agency = testAgency();
const AN = { id: 'inspector-1', displayName: 'Nguyễn Văn An' };
const sha256 = (bytes: Uint8Array | Buffer) => createHash('sha256').update(bytes).digest('hex');

let db: InspectorDatabase;
let name: string;

beforeEach(() => {
	name = `bundle-${Math.random().toString(36).slice(2)}`;
	db = new InspectorDatabase(name);
});

/** Who is signed in on the phone (the signer at finalize). */
const signIn = (id: string, displayName = 'An') => saveSignedIn({ id, username: id, displayName, role: 'inspector', jurisdiction: null }, db);

afterEach(async () => {
	db.close();
	await Dexie.delete(name);
});

/** An inspection with one photo, finalized (sealed) unless `finalize` is false. */
async function inspectionWithPhoto(userId: string, finalize = true): Promise<{ id: string; photo: Uint8Array }> {
	await signIn(userId, userId === AN.id ? AN.displayName : 'An');
	const created = await createInspection(template, agency, { id: userId, name: 'An' }, db);
	await saveAnswer(created.id, 'dress.id-card', { value: 'violation', note: 'Không đeo thẻ' }, db);
	await saveDetails(created.id, { team: created.team, representative: { name: 'Bình', position: '' }, generalNotes: '' }, db);
	const photo = new Uint8Array([0xff, 0xd8, 0xff, ...randomBytes(70_000)]);
	const at = '2026-03-02T01:45:00.000Z';
	await savePhoto(
		{
			meta: { id: uuidv7(), inspectionId: created.id, itemId: 'dress.id-card', caption: '', mime: 'image/jpeg', sha256: sha256(photo), byteLength: photo.byteLength, width: 1600, height: 1200, capturedAt: at, location: null, addedAt: at },
			image: { mime: 'image/jpeg', bytes: photo.slice().buffer },
			thumb: { mime: 'image/jpeg', bytes: new Uint8Array([1, 2, 3]).buffer }
		},
		null,
		db
	);
	if (finalize) expect((await finalizeWithManifest(created.id, template, db)).ok).toBe(true);
	return { id: created.id, photo };
}

describe('buildPendingBundle', () => {
	it("holds every finalized inspection still to send, with its seal and its photos' bytes, and verifies", async () => {
		const first = await inspectionWithPhoto(AN.id);
		const second = await inspectionWithPhoto(AN.id);
		await inspectionWithPhoto(AN.id, false);
		await inspectionWithPhoto('inspector-2');
		await signIn(AN.id, AN.displayName);

		const built = await buildPendingBundle(AN, new Date('2026-03-05T02:00:00.000Z'), db);
		if (!built) throw new Error('nothing exported');
		// The file is what the supervisor's page will parse: it must fit the shared schema as written.
		const bundle = PendingBundleSchema.parse(JSON.parse(JSON.stringify(built.bundle)));
		expect(bundle.exportedBy).toEqual({ id: AN.id, name: AN.displayName });
		const records = bundle.items.map((e) => JSON.parse(e.item.manifest) as InspectionManifest);
		expect(records.map((r) => r.inspectionId).sort()).toEqual([first.id, second.id].sort());
		expect(built.photoBytes).toBe(first.photo.byteLength + second.photo.byteLength);
		for (const [i, { item, photos }] of bundle.items.entries()) {
			const record = records[i] as InspectionManifest;
			// Each item is the signed record as sealed on the phone.
			const sealed = await db.revisions.get([record.inspectionId, record.revision]);
			expect(item).toEqual({ manifest: sealed?.manifestText, signature: sealed?.signature });
			expect(sha256(Buffer.from(item.manifest))).toBe(sealed?.manifestHash);
			expect(photos).toHaveLength(1);
			const bytes = Buffer.from(photos[0]?.base64 ?? '', 'base64');
			expect(sha256(bytes)).toBe(record.photos[0]?.sha256);
			expect(photos[0]?.sha256).toBe(record.photos[0]?.sha256);
		}
	});

	it('changes nothing on the device: the inspections are still waiting to be sent', async () => {
		await inspectionWithPhoto(AN.id);
		const before = await readOutbox(AN.id, db);
		await buildPendingBundle(AN, new Date(), db);
		const after = await readOutbox(AN.id, db);
		expect(after.entries.map((e) => e.item)).toEqual(before.entries.map((e) => e.item));
		expect(after.entries).toHaveLength(1);
	});

	it('is null when nothing waits', async () => {
		await inspectionWithPhoto(AN.id, false);
		expect(await buildPendingBundle(AN, new Date(), db)).toBeNull();
	});
});

describe('base64Of and the file name', () => {
	it('encodes bytes as Node does, across the slice boundary', () => {
		const bytes = randomBytes(0x8000 * 2 + 7);
		expect(base64Of(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength))).toBe(bytes.toString('base64'));
	});

	it('names the file by its time in Vietnam', () => {
		expect(bundleFileName(new Date('2026-03-05T20:07:00.000Z'))).toBe('phieu-cho-gui-20260306-0307.json');
	});
});
