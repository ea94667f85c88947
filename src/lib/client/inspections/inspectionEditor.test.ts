import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { complianceItem, testTemplate } from '$lib/testing/checklistFixtures';
import { database } from '../db/database';
import { InspectionEditor } from './inspectionEditor.svelte';
import { createInspection } from './createInspection';
import { readInspection } from './inspectionStore';

const template = testTemplate(
	'editor-test',
	[complianceItem('alcohol.no-drinking', { text: { vi: 'Không uống rượu, bia trong giờ làm việc', en: 'No drinking in working hours' }, severity: 'critical', note: true })],
	{ theme: 'alcohol-tobacco' }
);
const agency = { id: 'xa-dong-van', parentId: null, name: 'UBND xã Đồng Văn', kind: 'commune' as const, address: '', location: null };

describe('InspectionEditor', () => {
	it('writes keystrokes in order so the device holds exactly what is on screen', async () => {
		const created = await createInspection(template, agency, { id: 'i1', name: 'An' });
		const editor = new InspectionEditor(created, template);
		editor.setValue('alcohol.no-drinking', 'violation');
		const note = 'Phát hiện 2 công chức uống bia lúc 11 giờ 30';
		for (let k = 1; k <= note.length; k++) editor.setNote('alcohol.no-drinking', note.slice(0, k));
		await editor.flushed();
		expect(editor.saveState).toBe('saved');
		const read = await readInspection(created.id);
		expect(read?.ok && read.inspection.answers['alcohol.no-drinking']).toMatchObject({ value: 'violation', note });
	});

	it('keeps the change in memory and says so when the device refuses to save it', async () => {
		const created = await createInspection(template, agency, { id: 'i1', name: 'An' });
		const editor = new InspectionEditor(created, template);
		// Another tab finalized it meanwhile: the write is refused.
		await database().inspections.update(created.id, { status: 'finalized' });
		editor.setValue('alcohol.no-drinking', 'compliant');
		await editor.flushed();
		expect(editor.saveState).toBe('error');
		expect(editor.saveError?.vi).toMatch(/hoàn tất/);
		expect(editor.answer('alcohol.no-drinking')?.value).toBe('compliant');

		await database().inspections.update(created.id, { status: 'draft' });
		editor.retry();
		await editor.flushed();
		expect(editor.saveState).toBe('saved');
		const read = await readInspection(created.id);
		expect(read?.ok && read.inspection.answers['alcohol.no-drinking']?.value).toBe('compliant');
	});
});
