import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { complianceItem, testAgency, testTemplate } from '$lib/testing/checklistFixtures';
import { InspectorDatabase } from '../db/database';
import { InspectionLockedError } from './errors';
import { createInspection } from './createInspection';
import { finalizeInspection } from './finalizeInspection';
import { discardDraft, listInspections, readInspection, saveAnswer, saveDetails } from './inspectionStore';

const template = testTemplate('test', [complianceItem('dress.id-card', { note: true }), complianceItem('dress.neat')]);
const agency = testAgency();
const inspector = { id: 'inspector-1', name: 'Nguyễn Văn An' };

let db: InspectorDatabase;
let name: string;

beforeEach(() => {
	name = `store-${Math.random().toString(36).slice(2)}`;
	db = new InspectorDatabase(name);
});

afterEach(async () => {
	db.close();
	await Dexie.delete(name);
});

describe('drafts on the device', () => {
	it('keeps every answer across a reopen of the database (reload, closed tab, restart)', async () => {
		const created = await createInspection(template, agency, inspector, db);
		await saveAnswer(created.id, 'dress.id-card', { value: 'violation', note: 'Hai người không đeo thẻ' }, db);
		await saveDetails(created.id, { team: [...created.team, { accountId: null, name: ' Lê Văn Cường ', position: 'Chuyên viên', role: 'secretary' }], representative: { name: 'Trần Thị Bình', position: 'Chánh Văn phòng' }, generalNotes: 'Đột xuất' }, db);
		db.close();

		const reopened = new InspectorDatabase(name);
		const read = await readInspection(created.id, reopened);
		reopened.close();
		expect(read?.ok).toBe(true);
		if (!read?.ok) return;
		expect(read.inspection.answers['dress.id-card']).toMatchObject({ value: 'violation', note: 'Hai người không đeo thẻ' });
		expect(read.inspection.team).toEqual([
			{ accountId: inspector.id, name: inspector.name, position: '', role: 'lead' },
			{ accountId: null, name: 'Lê Văn Cường', position: 'Chuyên viên', role: 'secretary' }
		]);
		expect(read.inspection.representative.position).toBe('Chánh Văn phòng');
		expect(read.inspection.status).toBe('draft');
		db = new InspectorDatabase(name);
	});

	it('makes a UUIDv7 id and remembers the agency as recently used', async () => {
		const created = await createInspection(template, agency, inspector, db);
		expect(created.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
		expect((await db.recentAgencies.toArray()).map((r) => r.agencyId)).toEqual(['so-noi-vu']);
	});

	it('refuses to finalize while required answers, notes or the representative are missing, and changes nothing', async () => {
		const created = await createInspection(template, agency, inspector, db);
		await saveAnswer(created.id, 'dress.id-card', { value: 'violation', note: '' }, db);
		const before = await db.inspections.get(created.id);
		const result = await finalizeInspection(created.id, template, db);
		expect(result.ok).toBe(false);
		if (result.ok) return;
		expect(result.problems.map((p) => p.kind).sort()).toEqual(['note-required', 'representative-missing', 'unanswered']);
		expect(await db.inspections.get(created.id)).toEqual(before);
	});

	it('locks a finalized inspection: no answer can change afterwards and it cannot be discarded', async () => {
		const created = await createInspection(template, agency, inspector, db);
		await saveAnswer(created.id, 'dress.id-card', { value: 'compliant', note: '' }, db);
		await saveAnswer(created.id, 'dress.neat', { value: 'na', note: '' }, db);
		await saveDetails(created.id, { team: created.team, representative: { name: 'Trần Thị Bình', position: '' }, generalNotes: '' }, db);
		const result = await finalizeInspection(created.id, template, db, new Date('2026-03-02T03:00:00Z'));
		expect(result.ok).toBe(true);
		const read = await readInspection(created.id, db);
		expect(read?.ok && read.inspection.status).toBe('finalized');
		expect(read?.ok && read.inspection.finishedAt).toBe('2026-03-02T03:00:00.000Z');
		await expect(saveAnswer(created.id, 'dress.neat', { value: 'violation', note: '' }, db)).rejects.toBeInstanceOf(InspectionLockedError);
		await expect(discardDraft(created.id, db)).rejects.toBeInstanceOf(InspectionLockedError);
	});

	it('rejects an answer that does not fit the schema without touching the stored one', async () => {
		const created = await createInspection(template, agency, inspector, db);
		await saveAnswer(created.id, 'dress.neat', { value: 'compliant', note: '' }, db);
		await expect(saveAnswer(created.id, 'dress.neat', { value: 'x'.repeat(5000), note: '' }, db)).rejects.toThrow();
		const read = await readInspection(created.id, db);
		expect(read?.ok && read.inspection.answers['dress.neat']?.value).toBe('compliant');
	});

	it('lists inspections newest first and reports unreadable records instead of dropping them', async () => {
		const first = await createInspection(template, agency, inspector, db, new Date('2026-03-01T00:00:00Z'));
		const second = await createInspection(template, agency, inspector, db, new Date('2026-03-02T00:00:00Z'));
		await db.inspections.put({ id: 'broken', status: 'draft', updatedAt: '2026-03-03T00:00:00.000Z' });
		const list = await listInspections(db);
		expect(list.map((r) => (r.ok ? r.inspection.id : r.id))).toEqual(['broken', second.id, first.id]);
		expect(list[0]?.ok).toBe(false);
	});

	it('discards a draft on request', async () => {
		const created = await createInspection(template, agency, inspector, db);
		await discardDraft(created.id, db);
		expect(await readInspection(created.id, db)).toBeNull();
	});
});
