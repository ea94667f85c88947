import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { pullCarriesChanges } from '$lib/domain/pullEnvelope';
import { testAgency, testTemplate, complianceItem } from '$lib/testing/checklistFixtures';
import { InspectorDatabase } from '../db/database';
import { HELD_KEY } from './followedAgencies';
import { LEDGER_HEAD_KEY, readCursor, storePull } from './storePull';
import { SyncHttpError } from './syncApi';

const USER = 'inspector-1';
const HEAD = { seq: 7, hash: 'a'.repeat(64) };
const steady = { cursor: 'c2', templates: [], agencies: [], decisions: [], ledgerHead: HEAD };

describe('storing a pull page', () => {
	let db: InspectorDatabase;
	beforeEach(async () => {
		db = new InspectorDatabase(`pull-${Math.random().toString(36).slice(2)}`);
		await db.open();
	});
	afterEach(async () => {
		db.close();
		await Dexie.delete(db.name);
	});

	it('tells a page with nothing to store from one with changes, and counts anything unexpected as a change', () => {
		expect(pullCarriesChanges(steady)).toBe(false);
		expect(pullCarriesChanges({ ...steady, more: true })).toBe(false);
		expect(pullCarriesChanges({ ...steady, decisions: [{}] })).toBe(true);
		expect(pullCarriesChanges({ ...steady, recommendationUpdates: { agencies: [] } })).toBe(true);
		expect(pullCarriesChanges({ ...steady, colleagues: { version: 'v', colleagues: [] } })).toBe(true);
		// Not the protocol's shape: sent to the full check, which refuses it with the reason.
		expect(pullCarriesChanges({ ...steady, templates: 'none' })).toBe(true);
		expect(pullCarriesChanges({ cursor: 'c2' })).toBe(true);
		// A key a newer server adds is stored by the full path, never dropped by this one.
		expect(pullCarriesChanges({ ...steady, assignments: [] })).toBe(true);
	});

	it('moves the cursor and keeps the ledger head when nothing changed', async () => {
		await db.settings.put({ key: HELD_KEY, value: {} });
		const stored = await storePull(USER, { ...steady, more: true }, 200, db);
		expect(stored.more).toBe(true);
		expect(await readCursor(USER, db)).toBe('c2');
		expect((await db.settings.get(LEDGER_HEAD_KEY))?.value).toEqual(HEAD);
	});

	it('stores the catalog of a page with changes', async () => {
		await db.settings.put({ key: HELD_KEY, value: {} });
		const template = testTemplate('t', [complianceItem('a.b')]);
		await storePull(USER, { ...steady, templates: [template], agencies: [testAgency()] }, 200, db);
		expect(await db.templates.count()).toBe(1);
		expect(await db.agencies.count()).toBe(1);
		expect(await readCursor(USER, db)).toBe('c2');
	});

	it('starts the per-agency copy on a phone that held the whole list, even from a page without changes', async () => {
		await db.recommendations.put({ id: 'old' } as never);
		await storePull(USER, steady, 200, db);
		expect(await db.recommendations.count()).toBe(0);
		expect((await db.settings.get(HELD_KEY))?.value).toEqual({});
	});

	it('refuses a page that is not the protocol, storing nothing', async () => {
		await db.settings.put({ key: HELD_KEY, value: {} });
		await expect(storePull(USER, { templates: [] }, 200, db)).rejects.toBeInstanceOf(SyncHttpError);
		await expect(storePull(USER, { ...steady, decisions: [{ inspectionId: 1 }] }, 200, db)).rejects.toMatchObject({ kind: 'invalid' });
		expect(await readCursor(USER, db)).toBeNull();
	});
});
