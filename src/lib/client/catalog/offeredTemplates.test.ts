import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { complianceItem, testTemplate } from '$lib/testing/checklistFixtures';
import { InspectorDatabase } from '../db/database';
import { applyPull } from '../sync/applyPull';
import { latestTemplates, offeredTemplates } from './catalogStore';

let db: InspectorDatabase;
let name: string;
beforeEach(() => {
	name = `offered-${Math.random().toString(36).slice(2)}`;
	db = new InspectorDatabase(name);
});
afterEach(async () => {
	db.close();
	await Dexie.delete(name);
});

const pull = (retiredTemplates?: string[]) => ({
	cursor: 'c',
	templates: [testTemplate('a', [complianceItem('dress.x')]), testTemplate('a', [complianceItem('dress.x')], { version: 2 }), testTemplate('b', [complianceItem('dress.y')])],
	agencies: [],
	decisions: [],
	...(retiredTemplates ? { retiredTemplates } : {})
});

it('offers the newest version of each template a new inspection may use: not a retired one, until it is brought back', async () => {
	await applyPull('u', pull(), db);
	expect((await offeredTemplates(db)).map((t) => `${t.id}@${t.version}`)).toEqual(['a@2', 'b@1']);
	await applyPull('u', pull(['a']), db);
	expect((await offeredTemplates(db)).map((t) => t.id)).toEqual(['b']);
	// Its versions stay on the phone: its inspections still open and print.
	expect((await latestTemplates(db)).map((t) => t.id)).toEqual(['a', 'b']);
	await applyPull('u', pull([]), db);
	expect((await offeredTemplates(db)).map((t) => t.id)).toEqual(['a', 'b']);
});
