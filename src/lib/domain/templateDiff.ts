import { canonicalJson } from './canonicalJson';
import type { ChecklistItem, TemplateBody } from './checklist';

/** What about an item changed between two versions, by field; `meaning` when an answer may no longer mean the same. */
export interface ItemChange {
	id: string;
	before: ChecklistItem;
	after: ChecklistItem;
	/** The fields that differ (text, guidance, response, severity, required, requireOnViolation, citations, section). */
	fields: string[];
	/**
	 * The answer's meaning changed: another response kind, other choices (ids or outcomes), other
	 * number bounds. Wording, guidance, severity or citations alone do not change what was answered.
	 */
	meaning: boolean;
}

export interface TemplateDiff {
	added: ChecklistItem[];
	removed: ChecklistItem[];
	changed: ItemChange[];
}

const FIELDS = ['text', 'guidance', 'response', 'severity', 'required', 'requireOnViolation', 'citations'] as const;

/** The items added, removed and changed from one version (or draft) to another, by stable id, in form order. */
export function diffTemplates(from: TemplateBody, to: TemplateBody): TemplateDiff {
	const located = (template: TemplateBody) => new Map(template.sections.flatMap((s) => s.items.map((item) => [item.id, { item, section: s.id }] as const)));
	const before = located(from);
	const after = located(to);
	const added = [...after.values()].filter(({ item }) => !before.has(item.id)).map(({ item }) => item);
	const removed = [...before.values()].filter(({ item }) => !after.has(item.id)).map(({ item }) => item);
	const changed: ItemChange[] = [];
	for (const [id, now] of after) {
		const was = before.get(id);
		if (!was) continue;
		const fields: string[] = FIELDS.filter((field) => canonicalJson(was.item[field]) !== canonicalJson(now.item[field]));
		if (was.section !== now.section) fields.push('section');
		if (fields.length > 0) changed.push({ id, before: was.item, after: now.item, fields, meaning: meaningChanged(was.item, now.item) });
	}
	return { added, removed, changed };
}

/** Whether an answer given to `before` may not mean the same for `after` (labels and units aside). */
export function meaningChanged(before: ChecklistItem, after: ChecklistItem): boolean {
	const a = before.response;
	const b = after.response;
	if (a.kind !== b.kind) return true;
	if (a.kind === 'choice' && b.kind === 'choice') {
		const options = (r: typeof a) => canonicalJson(r.options.map((o) => [o.id, o.outcome ?? null]));
		return options(a) !== options(b);
	}
	if (a.kind === 'number' && b.kind === 'number') {
		const bounds = (r: typeof a) => canonicalJson([r.min ?? null, r.max ?? null, r.compliantMin ?? null, r.compliantMax ?? null]);
		return bounds(a) !== bounds(b);
	}
	return false;
}
