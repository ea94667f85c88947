import { describe, expect, it } from 'vitest';
import { publishedTemplates } from '$lib/content/templates';
import { allItems } from './checklist';
import { DraftCitationSchema, DraftResponseSchema } from './draftItemRules';

const citation = { document: 'Luật 1/2026/QH15', title: 'Luật thử', effectiveFrom: '2026-01-01', confidence: 'V' as const };
const paths = (result: { success: boolean; error?: { issues: { path: PropertyKey[] }[] } }) => (result.error?.issues ?? []).map((i) => i.path.join('.'));

describe('draft rules beyond an item’s shape', () => {
	it('accept every item of the checklists in use', () => {
		for (const template of publishedTemplates) {
			for (const item of allItems(template)) {
				expect(DraftResponseSchema.safeParse(item.response).success, item.id).toBe(true);
				for (const c of item.citations) expect(DraftCitationSchema.safeParse(c).success, item.id).toBe(true);
			}
		}
	});

	it('name the field of each broken rule', () => {
		const number = (bounds: object) => paths(DraftResponseSchema.safeParse({ kind: 'number', ...bounds }));
		expect(number({ min: 5, max: 1 })).toEqual(['max']);
		expect(number({ compliantMin: 8, compliantMax: 2 })).toEqual(['compliantMax']);
		expect(number({ max: 100, compliantMin: 101 })).toEqual(['compliantMin']);
		expect(number({ min: 10, compliantMax: 9 })).toEqual(['compliantMax']);
		expect(number({ min: 0, max: 100, compliantMin: 30 })).toEqual([]);
		const options = [
			{ id: 'co', label: { vi: 'Có', en: 'Yes' } },
			{ id: 'co', label: { vi: 'Có chứ', en: 'Yes indeed' } }
		];
		expect(paths(DraftResponseSchema.safeParse({ kind: 'choice', options }))).toEqual(['options']);
		expect(paths(DraftCitationSchema.safeParse({ ...citation, effectiveTo: '2025-12-31' }))).toEqual(['effectiveTo']);
		expect(paths(DraftCitationSchema.safeParse({ ...citation, effectiveTo: '2026-01-01' }))).toEqual([]);
	});
});
