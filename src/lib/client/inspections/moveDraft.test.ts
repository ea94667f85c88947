import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { complianceItem, testAgency, testTemplate } from '$lib/testing/checklistFixtures';
import { InspectorDatabase } from '../db/database';
import { createInspection } from './createInspection';
import { draftMovePlan, moveDraft } from './moveDraft';
import { readInspection, saveAnswer } from './inspectionStore';

let db: InspectorDatabase;
let name: string;
beforeEach(() => {
	name = `move-${Math.random().toString(36).slice(2)}`;
	db = new InspectorDatabase(name);
});
afterEach(async () => {
	db.close();
	await Dexie.delete(name);
});

const v1 = testTemplate('mau', [complianceItem('dress.kept'), complianceItem('dress.removed')]);
const v2 = testTemplate('mau', [complianceItem('dress.kept', { text: { vi: 'Lời mới', en: 'New' } }), complianceItem('dress.added')], { version: 2 });

it('moves a draft on the device to the newest version once the phone has it, setting aside what has no place', async () => {
	await db.templates.bulkPut([v1]);
	const draft = await createInspection(v1, testAgency(), { id: 'u', name: 'An' }, db);
	await saveAnswer(draft.id, 'dress.kept', { value: 'compliant', note: '' }, db);
	await saveAnswer(draft.id, 'dress.removed', { value: 'violation', note: 'Ghi chú' }, db);
	expect(await draftMovePlan(draft.id, db)).toBeNull();

	await db.templates.bulkPut([v2]);
	const plan = await draftMovePlan(draft.id, db);
	expect(plan).toMatchObject({ fromVersion: 1, toVersion: 2, carried: ['dress.kept'] });
	expect(plan?.removed.map((i) => i.id)).toEqual(['dress.removed']);
	await moveDraft(draft.id, 2, db);
	const read = await readInspection(draft.id, db);
	if (!read?.ok) throw new Error('unreadable');
	expect(read.inspection.templateVersion).toBe(2);
	expect(Object.keys(read.inspection.answers)).toEqual(['dress.kept']);
	expect(read.inspection.templateMoves?.[0]?.setAside['dress.removed']?.note).toBe('Ghi chú');
	expect(await draftMovePlan(draft.id, db)).toBeNull();
});
