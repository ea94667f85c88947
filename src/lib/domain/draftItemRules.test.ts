import { describe, expect, it } from 'vitest';
import { publishedTemplates } from '$lib/content/templates';
import { allItems } from './checklist';
import { itemProblems } from './draftItemRules';

const citation = { document: 'Luật 1/2026/QH15', title: 'Luật thử', effectiveFrom: '2026-01-01', confidence: 'V' as const };

describe('draft rules beyond an item’s shape', () => {
	it('accept every item of the checklists in use', () => {
		for (const template of publishedTemplates) for (const item of allItems(template)) expect(itemProblems(item), item.id).toEqual([]);
	});

	it('name the field of each broken rule', () => {
		const number = (bounds: object) => itemProblems({ response: { kind: 'number', ...bounds }, citations: [citation] }).map((p) => p.path.join('.'));
		expect(number({ min: 5, max: 1 })).toEqual(['response.max']);
		expect(number({ compliantMin: 8, compliantMax: 2 })).toEqual(['response.compliantMax']);
		expect(number({ max: 100, compliantMin: 101 })).toEqual(['response.compliantMin']);
		expect(number({ min: 10, compliantMax: 9 })).toEqual(['response.compliantMax']);
		expect(number({ min: 0, max: 100, compliantMin: 30 })).toEqual([]);
		const options = [
			{ id: 'co', label: { vi: 'Có', en: 'Yes' } },
			{ id: 'co', label: { vi: 'Có chứ', en: 'Yes indeed' } }
		];
		expect(itemProblems({ response: { kind: 'choice', options }, citations: [citation] }).map((p) => p.path)).toEqual([['response', 'options', 1, 'id']]);
		const lapsed = { ...citation, effectiveTo: '2025-12-31' };
		expect(itemProblems({ response: { kind: 'compliance' }, citations: [citation, lapsed] }).map((p) => p.path)).toEqual([['citations', 1, 'effectiveTo']]);
	});
});
