import type { ChecklistTemplate, Outcome, Severity, Theme } from '$lib/domain/checklist';

/**
 * The items of a template version as the review tables see them: one row each in `template_items`,
 * numbered from 1 in the order the form shows them. A published version never changes, so neither
 * does this list, and a revision's findings can be stored as one character per item (`outcomes` on
 * its head row, see deriveRevision.ts) instead of one row per item: a push of 50 full inspections
 * then writes 50 rows of findings instead of 2,850, which is most of what storing them used to cost.
 */
export interface TemplateItem {
	/** 1-based position in the template: the character of `outcomes` that holds this item's finding. */
	ordinal: number;
	itemId: string;
	theme: Theme;
	severity: Severity;
	/** Vietnamese item text, what statistics and exports show. */
	itemText: string;
}

export function templateItems(template: ChecklistTemplate): TemplateItem[] {
	const items: TemplateItem[] = [];
	for (const section of template.sections) {
		for (const item of section.items) {
			items.push({ ordinal: items.length + 1, itemId: item.id, theme: section.theme, severity: item.severity, itemText: item.text.vi });
		}
	}
	return items;
}

/** One character per item in `outcomes`; an item without a finding (unanswered, free text) is '-'. */
export const OUTCOME_CODES: Readonly<Record<Outcome, string>> = { compliant: 'c', violation: 'v', na: 'n' };
export const NO_FINDING = '-';

/** SQL giving the outcome word of item `f` (a template_items row) in head `h`, or NULL: the same in both databases. */
export const OUTCOME_SQL = `CASE substr(h.outcomes, f.ordinal, 1) WHEN 'c' THEN 'compliant' WHEN 'v' THEN 'violation' WHEN 'n' THEN 'na' END`;

export const TEMPLATE_ITEM_COLUMNS = ['template_id', 'template_version', 'ordinal', 'item_id', 'theme', 'severity', 'item_text'] as const;

export function templateItemValues(template: Pick<ChecklistTemplate, 'id' | 'version'>, item: TemplateItem): unknown[] {
	return [template.id, template.version, item.ordinal, item.itemId, item.theme, item.severity, item.itemText];
}
