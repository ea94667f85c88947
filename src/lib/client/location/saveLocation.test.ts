import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { testAgency, testTemplate } from '$lib/testing/checklistFixtures';
import type { LocationFix } from '$lib/domain/evidence';
import { database } from '../db/database';
import { InspectionLockedError } from '../inspections/errors';
import { InspectionEditor } from '../inspections/inspectionEditor.svelte';
import { createInspection } from '../inspections/createInspection';
import { readInspection, saveLocation } from '../inspections/inspectionStore';
import { currentFix, forgetFixes } from './currentFix';

const template = testTemplate('location-test', []);
const agency = testAgency({ lat: 21.8221, lng: 105.2155 });
const gpsFix: LocationFix = { lat: 21.8222, lng: 105.2156, accuracy: 4, source: 'gps', capturedAt: '2026-03-02T01:31:00.000Z' };
const manualFix: LocationFix = { lat: 21.823, lng: 105.216, accuracy: null, source: 'manual', capturedAt: '2026-03-02T01:35:00.000Z' };

afterEach(forgetFixes);

describe('saveLocation', () => {
	it('stores the fix with the inspection, replacing an earlier one', async () => {
		const created = await createInspection(template, agency, { id: 'i1', name: 'An' });
		await saveLocation(created.id, gpsFix);
		await saveLocation(created.id, manualFix, database(), new Date('2026-03-02T01:36:00.000Z'));
		const read = await readInspection(created.id);
		expect(read?.ok && read.inspection.location).toEqual(manualFix);
		expect(read?.ok && read.inspection.updatedAt).toBe('2026-03-02T01:36:00.000Z');
	});

	it('is refused once the inspection is finalized', async () => {
		const created = await createInspection(template, agency, { id: 'i1', name: 'An' });
		await database().inspections.update(created.id, { status: 'finalized' });
		await expect(saveLocation(created.id, gpsFix)).rejects.toBeInstanceOf(InspectionLockedError);
	});

	it('refuses a fix that does not fit the schema', async () => {
		const created = await createInspection(template, agency, { id: 'i1', name: 'An' });
		await expect(saveLocation(created.id, { ...gpsFix, lat: 123 })).rejects.toThrow();
		const read = await readInspection(created.id);
		expect(read?.ok && read.inspection.location).toBeUndefined();
	});
});

describe('InspectionEditor.setLocation', () => {
	it('shows the location at once, saves it, and offers it to photos', async () => {
		const created = await createInspection(template, agency, { id: 'i1', name: 'An' });
		const editor = new InspectionEditor(created, template);
		expect(currentFix(created.id)).toBeNull();
		editor.setLocation(gpsFix);
		expect(editor.inspection.location).toEqual(gpsFix);
		expect(currentFix(created.id)).toEqual(gpsFix);
		await editor.flushed();
		expect(editor.saveState).toBe('saved');
		const read = await readInspection(created.id);
		expect(read?.ok && read.inspection.location).toEqual(gpsFix);
	});

	it('keeps the location in memory when the write fails and writes it on retry', async () => {
		const created = await createInspection(template, agency, { id: 'i1', name: 'An' });
		const editor = new InspectionEditor(created, template);
		await database().inspections.update(created.id, { status: 'finalized' });
		editor.setLocation(manualFix);
		await editor.flushed();
		expect(editor.saveState).toBe('error');
		expect(editor.inspection.location).toEqual(manualFix);
		await database().inspections.update(created.id, { status: 'draft' });
		editor.retry();
		await editor.flushed();
		expect(editor.saveState).toBe('saved');
		const read = await readInspection(created.id);
		expect(read?.ok && read.inspection.location).toEqual(manualFix);
	});

	it('knows the location of an inspection opened again', async () => {
		const created = await createInspection(template, agency, { id: 'i1', name: 'An' });
		await saveLocation(created.id, gpsFix);
		const read = await readInspection(created.id);
		if (!read?.ok) throw new Error('not readable');
		new InspectionEditor(read.inspection, template);
		expect(currentFix(created.id)).toEqual(gpsFix);
	});
});
