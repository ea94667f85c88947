import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { parseStoredInspection } from '../inspections/readInspection';
import { InspectorDatabase } from './database';
import { CURRENT_VERSION, SCHEMA_V1, SCHEMA_V2, SCHEMA_V3 } from './schemaHistory';

const names: string[] = [];
function freshName(): string {
	const name = `migration-${names.length}-${Math.random().toString(36).slice(2)}`;
	names.push(name);
	return name;
}

afterEach(async () => {
	await Promise.all(names.splice(0).map((n) => Dexie.delete(n)));
});

/** A draft exactly as the first release wrote it: no revision, no team. */
const v1Draft = {
	id: '0190a6b2-3c4d-7e5f-8a9b-0c1d2e3f4a5b',
	templateId: 'van-hoa-cong-vu',
	templateVersion: 1,
	agencyId: 'so-noi-vu',
	inspectorId: 'inspector-1',
	inspectorName: 'Nguyễn Văn An',
	startedAt: '2026-03-02T01:30:00.000Z',
	finishedAt: null,
	answers: { 'dress.id-card': { value: 'violation', note: 'Hai công chức không đeo thẻ', updatedAt: '2026-03-02T01:40:00.000Z' } },
	generalNotes: 'Kiểm tra đột xuất',
	representative: { name: 'Trần Thị Bình', position: 'Chánh Văn phòng' },
	status: 'draft',
	updatedAt: '2026-03-02T01:40:00.000Z'
};

describe('device database versions', () => {
	it('is at the version the code declares', () => {
		const db = new InspectorDatabase(freshName());
		expect(db.verno).toBe(CURRENT_VERSION);
		db.close();
	});

	it('opens a database written by version 1 and keeps every draft, upgraded', async () => {
		const name = freshName();
		const old = new Dexie(name);
		old.version(1).stores(SCHEMA_V1);
		await old.table('inspections').put(v1Draft);
		await old.table('inspections').put({ ...v1Draft, id: '0190a6b2-3c4d-7e5f-8a9b-0c1d2e3f4a5c', agencyId: 'so-tu-phap', updatedAt: '2026-03-03T01:00:00.000Z' });
		old.close();

		const db = new InspectorDatabase(name);
		const rows = await db.inspections.toArray();
		expect(rows).toHaveLength(2);
		const read = parseStoredInspection(rows.find((r) => r.id === v1Draft.id) ?? { id: 'missing' });
		expect(read.ok).toBe(true);
		if (!read.ok) return;
		expect(read.inspection.revision).toBe(1);
		// No team then: the inspector alone, as trưởng đoàn (the rule of legacyTeam.ts).
		expect(read.inspection.team).toEqual([{ accountId: v1Draft.inspectorId, name: v1Draft.inspectorName, position: '', role: 'lead' }]);
		expect(read.inspection.answers['dress.id-card']?.note).toBe('Hai công chức không đeo thẻ');
		expect(read.inspection.representative.name).toBe('Trần Thị Bình');

		const recent = await db.recentAgencies.orderBy('usedAt').reverse().toArray();
		expect(recent.map((r) => r.agencyId)).toEqual(['so-tu-phap', 'so-noi-vu']);
		db.close();
	});

	it('opens a database written by version 2 and keeps its drafts; the photo tables start empty and work', async () => {
		const name = freshName();
		const old = new Dexie(name);
		old.version(1).stores(SCHEMA_V1);
		old.version(2).stores(SCHEMA_V2);
		const v2Draft = { ...v1Draft, revision: 2, team: ['Lê Văn Cường'] };
		await old.table('inspections').put(v2Draft);
		await old.table('recentAgencies').put({ agencyId: 'so-noi-vu', usedAt: v2Draft.updatedAt });
		old.close();

		const db = new InspectorDatabase(name);
		const read = parseStoredInspection((await db.inspections.get(v2Draft.id)) ?? { id: 'missing' });
		// The typed team line reads as a structured member; nothing typed is lost.
		expect(read.ok && read.inspection).toMatchObject({
			revision: 2,
			team: [
				{ accountId: v1Draft.inspectorId, role: 'lead' },
				{ accountId: null, name: 'Lê Văn Cường', position: '', role: 'member' }
			],
			generalNotes: 'Kiểm tra đột xuất'
		});
		expect(await db.recentAgencies.count()).toBe(1);
		expect(await db.photos.count()).toBe(0);
		expect(await db.photoBlobs.count()).toBe(0);
		expect(await db.photoThumbs.count()).toBe(0);
		expect(await db.revisions.count()).toBe(0);
		expect(await db.syncStates.count()).toBe(0);
		expect(await db.reviews.count()).toBe(0);
		expect(await db.assignments.count()).toBe(0);
		expect(db.tables.map((t) => t.name).sort()).toEqual(
			[
				'agencies',
				'assignments',
				'deviceKeys',
				'inspections',
				'photoBlobs',
				'photoThumbs',
				'photos',
				'recentAgencies',
				'recommendations',
				'reviews',
				'revisions',
				'settings',
				'syncStates',
				'templates'
			].sort()
		);
		// The new indexes answer: per item, by hash, confirmed only.
		await db.photos.put({
			id: '0190a6b2-0000-7000-8000-0000000000aa',
			inspectionId: v2Draft.id,
			itemId: 'dress.id-card',
			caption: '',
			mime: 'image/jpeg',
			sha256: 'a'.repeat(64),
			byteLength: 1,
			width: 1,
			height: 1,
			capturedAt: v2Draft.updatedAt,
			location: null,
			addedAt: v2Draft.updatedAt,
			confirmedAt: null,
			bytesRemovedAt: null
		});
		expect(await db.photos.where('[inspectionId+itemId]').equals([v2Draft.id, 'dress.id-card']).count()).toBe(1);
		expect(await db.photos.where('sha256').equals('a'.repeat(64)).count()).toBe(1);
		expect(await db.photos.where('confirmedAt').above('').count()).toBe(0);
		db.close();
	});

	it('keeps a v1 record that cannot be upgraded into a valid inspection, and says why', async () => {
		const name = freshName();
		const old = new Dexie(name);
		old.version(1).stores(SCHEMA_V1);
		await old.table('inspections').put({ id: 'not-a-uuid', status: 'draft', updatedAt: '2026-01-01T00:00:00.000Z' });
		old.close();

		const db = new InspectorDatabase(name);
		const raw = await db.inspections.get('not-a-uuid');
		expect(raw).toBeDefined();
		const read = parseStoredInspection(raw ?? { id: '' });
		expect(read.ok).toBe(false);
		if (read.ok) return;
		expect(read.error).toMatch(/id/);
		db.close();
	});
});

describe('device database version 4', () => {
	it('opens a database written by version 3 with its photos and sealed revisions intact', async () => {
		const name = `migration-v3-${Math.random().toString(36).slice(2)}`;
		const old = new Dexie(name);
		old.version(1).stores(SCHEMA_V1);
		old.version(2).stores(SCHEMA_V2);
		old.version(3).stores(SCHEMA_V3);
		const draft = { ...v1Draft, revision: 1, team: [], status: 'finalized', manifestHash: 'b'.repeat(64) };
		await old.table('inspections').put(draft);
		await old.table('revisions').put({ inspectionId: draft.id, revision: 1, manifest: {}, manifestText: '{}', manifestHash: 'b'.repeat(64), sealedAt: draft.updatedAt });
		old.close();

		const db = new InspectorDatabase(name);
		expect(db.verno).toBe(CURRENT_VERSION);
		const read = parseStoredInspection((await db.inspections.get(draft.id)) ?? { id: 'missing' });
		expect(read.ok && read.inspection.status).toBe('finalized');
		expect(await db.revisions.count()).toBe(1);
		// The outbox state starts empty: a finalized inspection from v3 is simply waiting to be sent.
		expect(await db.syncStates.count()).toBe(0);
		db.close();
		await Dexie.delete(name);
	});
});
