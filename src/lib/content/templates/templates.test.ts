import { describe, expect, it } from 'vitest';
import { z } from 'zod/mini';
import { allItems, ChecklistTemplateSchema, THEMES, type ChecklistItem } from '$lib/domain/checklist';
import { citationsInForce, type Citation } from '$lib/domain/citation';
import { themeOfItem } from '$lib/domain/followUpGroups';
import { alcoholMeetingsTemplate, fullInspectionTemplate, oneStopSpotCheckTemplate, publishedTemplates } from './index';

const TODAY = '2026-11-26';
const REFORM_DAY = '2025-07-01';

const citationsOf = (items: readonly ChecklistItem[]): Citation[] => items.flatMap((i) => i.citations);

/** The 2008 Law on Cadres and Civil Servants and NĐ 112/2020 were replaced on 1 July 2025. */
function citesReplacedText(citation: Citation): boolean {
	const doc = citation.document;
	return /22\/2008\/QH12/.test(doc) || /112\/2020/.test(doc) || /Luật Cán bộ, công chức.*2008/.test(`${doc} ${citation.title}`);
}

describe('publishedTemplates', () => {
	it('publishes the three templates with distinct ids', () => {
		expect(publishedTemplates.map((t) => t.id)).toEqual([
			'van-hoa-cong-vu',
			'mot-cua-kiem-tra-nhanh',
			'ruou-bia-hoi-hop'
		]);
	});

	it("starts every item id with its section's theme (the form groups recommendations by it)", () => {
		for (const template of publishedTemplates) {
			for (const section of template.sections) {
				for (const item of section.items) expect(themeOfItem(item.id), item.id).toBe(section.theme);
			}
		}
	});

	it('gives an id the same check in every template that uses it', () => {
		const seen = new Map<string, ChecklistItem>();
		for (const template of publishedTemplates) {
			for (const item of allItems(template)) {
				const earlier = seen.get(item.id);
				if (earlier) expect(item, item.id).toEqual(earlier);
				else seen.set(item.id, item);
			}
		}
	});
});

describe.each(publishedTemplates.map((t) => [t.id, t] as const))('template %s', (_id, template) => {
	const items = allItems(template);

	it('parses with ChecklistTemplateSchema', () => {
		const result = ChecklistTemplateSchema.safeParse(template);
		expect(result.success, result.success ? '' : z.prettifyError(result.error)).toBe(true);
	});

	it('has unique item ids and section ids', () => {
		const ids = items.map((i) => i.id);
		expect(new Set(ids).size).toBe(ids.length);
		const sectionIds = template.sections.map((s) => s.id);
		expect(new Set(sectionIds).size).toBe(sectionIds.length);
	});

	it('gives every item at least one citation', () => {
		for (const item of items) expect(item.citations.length, item.id).toBeGreaterThanOrEqual(1);
	});

	it('has at least one citation in force on ' + TODAY + ' for every item', () => {
		for (const item of items) {
			expect(citationsInForce(item.citations, TODAY).length, item.id).toBeGreaterThanOrEqual(1);
		}
	});

	it('never cites the replaced 2008 Law on Cadres and Civil Servants or NĐ 112/2020 as in force', () => {
		for (const citation of citationsOf(items).filter(citesReplacedText)) {
			expect(citation.effectiveTo, citation.document).toBeDefined();
			expect(citation.effectiveTo! < REFORM_DAY, citation.document).toBe(true);
		}
	});

	it('has coherent citation dates', () => {
		for (const citation of citationsOf(items)) {
			if (citation.effectiveTo) {
				expect(citation.effectiveFrom <= citation.effectiveTo, citation.document).toBe(true);
			}
		}
	});

	it('keeps optional answers to free-text items only', () => {
		for (const item of items) {
			if (!item.required) expect(item.response.kind, item.id).toBe('text');
		}
	});

	it('has unique option ids in every choice item', () => {
		for (const item of items) {
			if (item.response.kind !== 'choice') continue;
			const ids = item.response.options.map((o) => o.id);
			expect(new Set(ids).size, item.id).toBe(ids.length);
		}
	});
});

describe('fullInspectionTemplate', () => {
	const items = allItems(fullInspectionTemplate);
	const citations = citationsOf(items);

	it('prefixes every item id with its section theme', () => {
		for (const section of fullInspectionTemplate.sections) {
			for (const item of section.items) expect(item.id.startsWith(`${section.theme}.`), item.id).toBe(true);
		}
	});

	it('has at least 40 items', () => {
		expect(items.length).toBeGreaterThanOrEqual(40);
	});

	it('has one section per theme and covers all nine themes', () => {
		const themes = fullInspectionTemplate.sections.map((s) => s.theme);
		expect(new Set(themes)).toEqual(new Set(THEMES));
		expect(themes.length).toBe(THEMES.length);
	});

	it('keeps unverified (U) citations in the data, e.g. QĐ 129/2007 on the national emblem and flag', () => {
		expect(citations.some((c) => c.confidence === 'U')).toBe(true);
		const emblemFlag = items.find((i) => i.id === 'office.emblem-flag');
		expect(emblemFlag?.citations.some((c) => c.document === 'QĐ 129/2007/QĐ-TTg' && c.confidence === 'U')).toBe(
			true
		);
	});

	it('explains every U citation in a note', () => {
		for (const citation of citations.filter((c) => c.confidence === 'U')) {
			expect(citation.note ?? '', citation.document).not.toBe('');
		}
	});

	it('shows both NĐ 61/2018 (to 30/6/2025) and its successor NĐ 118/2025 where both apply', () => {
		const oneStopItems = items.filter((i) => i.citations.some((c) => c.document === 'NĐ 61/2018/NĐ-CP'));
		expect(oneStopItems.length).toBeGreaterThan(0);
		for (const item of oneStopItems) {
			const nd61 = item.citations.filter((c) => c.document === 'NĐ 61/2018/NĐ-CP');
			for (const c of nd61) expect(c.effectiveTo, item.id).toBe('2025-06-30');
			expect(
				item.citations.some((c) => c.document === 'NĐ 118/2025/NĐ-CP' && c.effectiveFrom === REFORM_DAY),
				item.id
			).toBe(true);
		}
	});

	it('uses a few non-compliance responses (number, choice, text)', () => {
		const kinds = new Set(items.map((i) => i.response.kind));
		expect(kinds).toEqual(new Set(['compliance', 'number', 'choice', 'text']));
	});

	it('marks drinking in working hours and harassment of citizens as critical', () => {
		const severity = (id: string) => items.find((i) => i.id === id)?.severity;
		expect(severity('alcohol-tobacco.no-drinking-hours')).toBe('critical');
		expect(severity('discipline.no-harassment')).toBe('critical');
	});
});

describe('focused templates', () => {
	it('keep to their size', () => {
		expect(allItems(oneStopSpotCheckTemplate).length).toBeGreaterThanOrEqual(10);
		expect(allItems(oneStopSpotCheckTemplate).length).toBeLessThanOrEqual(14);
		expect(allItems(alcoholMeetingsTemplate).length).toBeGreaterThanOrEqual(10);
		expect(allItems(alcoholMeetingsTemplate).length).toBeLessThanOrEqual(12);
	});

	it('use only items that the full inspection also has', () => {
		const fullIds = new Set(allItems(fullInspectionTemplate).map((i) => i.id));
		for (const template of [oneStopSpotCheckTemplate, alcoholMeetingsTemplate]) {
			for (const item of allItems(template)) expect(fullIds.has(item.id), item.id).toBe(true);
		}
	});
});
