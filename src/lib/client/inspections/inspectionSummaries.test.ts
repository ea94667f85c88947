import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { complianceItem, testTemplate } from '$lib/testing/checklistFixtures';
import { database } from '../db/database';
import { createInspection } from './createInspection';
import { inspectionSummaries } from './inspectionSummaries';

const item = complianceItem('dress.id-card', { text: { vi: 'Đeo thẻ công chức', en: 'Wears the ID card' } });
const v1 = testTemplate('summary-test', [item], { version: 1 });
const v2 = testTemplate('summary-test', [item], { version: 2 });
const other = testTemplate('summary-other', [item], { version: 1 });
const agency = (id: string, name: string) => ({ id, parentId: null, name, kind: 'commune' as const, address: '', location: null });

describe('inspectionSummaries', () => {
	it("names the user's own inspections from the agencies and template versions they use, and offers a newer version for a draft", async () => {
		const db = database();
		await db.templates.bulkPut([v1, v2, other]);
		// Agencies the list does not need are on the device too (a province has thousands).
		await db.agencies.bulkPut([agency('xa-a', 'UBND xã A'), agency('xa-b', 'UBND xã B'), ...Array.from({ length: 50 }, (_, k) => agency(`xa-${k}`, `Xã ${k}`))]);
		const mine = await createInspection(v1, agency('xa-a', 'UBND xã A'), { id: 'me', name: 'An' }, db);
		const mineOther = await createInspection(other, agency('xa-b', 'UBND xã B'), { id: 'me', name: 'An' }, db);
		await createInspection(v2, agency('xa-b', 'UBND xã B'), { id: 'someone-else', name: 'Bình' }, db);

		const { summaries, damaged } = await inspectionSummaries('me', db);

		expect(damaged).toEqual([]);
		expect(summaries.map((s) => s.id).sort()).toEqual([mine.id, mineOther.id].sort());
		const first = summaries.find((s) => s.id === mine.id);
		expect(first).toMatchObject({ agencyName: 'UBND xã A', templateTitle: v1.title, newerVersion: 2 });
		expect(first?.progress).not.toBeNull();
		expect(summaries.find((s) => s.id === mineOther.id)).toMatchObject({ agencyName: 'UBND xã B', newerVersion: null });
	});

	it('shows the agency id when the agency is not on the device, and no progress without the template', async () => {
		const db = database();
		const lost = testTemplate('summary-gone', [item], { version: 3 });
		const made = await createInspection(lost, agency('xa-gone', 'UBND xã Mất'), { id: 'lone', name: 'An' }, db);
		await db.agencies.delete('xa-gone');
		await db.templates.delete(['summary-gone', 3]);

		const { summaries } = await inspectionSummaries('lone', db);

		expect(summaries).toEqual([expect.objectContaining({ id: made.id, agencyName: 'xa-gone', templateTitle: null, progress: null, newerVersion: null })]);
	});
});
