import type { Agency } from '$lib/domain/agency';
import type { ChecklistItem, ChecklistTemplate, Severity, Theme } from '$lib/domain/checklist';
import type { LocalizedText } from '$lib/domain/localized';

/**
 * Small, valid checklist data for unit tests, so each test states only what it is about (an item
 * that needs a photo, a critical item…) instead of repeating a whole template literal.
 * Test-only: nothing in the app imports this.
 */

export const TEST_CITATION = {
	document: 'QĐ 129/2007/QĐ-TTg',
	title: 'Quy chế văn hóa công sở',
	article: 'Điều 7',
	effectiveFrom: '2007-09-02',
	confidence: 'S' as const
};

/** A required compliant/violation item; what a violation must carry is the test's choice. */
export function complianceItem(
	id: string,
	options: { text?: LocalizedText; severity?: Severity; note?: boolean; photo?: boolean } = {}
): ChecklistItem {
	return {
		id,
		text: options.text ?? { vi: `Mục ${id}`, en: `Item ${id}` },
		guidance: { vi: 'Xem', en: 'Look' },
		response: { kind: 'compliance' },
		severity: options.severity ?? 'minor',
		requireOnViolation: { note: options.note ?? false, photo: options.photo ?? false },
		required: true,
		citations: [TEST_CITATION]
	};
}

/** A published template with one section holding `items` (none: a template with no sections). */
export function testTemplate(id: string, items: readonly ChecklistItem[], options: { version?: number; theme?: Theme } = {}): ChecklistTemplate {
	const theme = options.theme ?? 'dress';
	return {
		id,
		version: options.version ?? 1,
		title: { vi: 'Thử', en: 'Test' },
		description: { vi: 'Thử', en: 'Test' },
		publishedAt: '2026-01-01',
		sections: items.length === 0 ? [] : [{ id: theme, theme, title: { vi: 'Mục', en: 'Section' }, items: [...items] }]
	};
}

/** An agency at the top of the tree; `location` when a test needs distances. */
export function testAgency(location: Agency['location'] = null): Agency {
	return { id: 'so-noi-vu', parentId: null, name: 'Sở Nội vụ', kind: 'department', address: '', location };
}
