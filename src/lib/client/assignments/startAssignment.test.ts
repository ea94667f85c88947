import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { afterEach, beforeEach, expect, it } from 'vitest';
import type { Assignment } from '$lib/domain/assignment';
import { complianceItem, testAgency, testTemplate } from '$lib/testing/checklistFixtures';
import { InspectorDatabase } from '../db/database';
import { applyPull } from '../sync/applyPull';
import { AssignmentCatalogError, startAssignment } from './startAssignment';

let db: InspectorDatabase;
let name: string;
beforeEach(() => {
	name = `assignment-${Math.random().toString(36).slice(2)}`;
	db = new InspectorDatabase(name);
});
afterEach(async () => {
	db.close();
	await Dexie.delete(name);
});

it('does not start an assigned visit on a retired checklist (the server would refuse it), and says so', async () => {
	const agency = testAgency();
	await applyPull('u', { cursor: 'c', templates: [testTemplate('mau', [complianceItem('dress.x')])], agencies: [agency], decisions: [], retiredTemplates: ['mau'] }, db);
	const assignment = { agencyId: agency.id, templateId: 'mau', team: [], id: '0190f3c2-5d7e-7a00-8000-0000000000aa' } as unknown as Assignment;
	const refused = await startAssignment(assignment, { id: 'u', name: 'An' }, db).catch((e: unknown) => e);
	expect(refused).toBeInstanceOf(AssignmentCatalogError);
	expect((refused as AssignmentCatalogError).missing).toBe('retired');
	expect(await db.inspections.count()).toBe(0);
});
