import { z } from 'zod/mini';
import {
	ChecklistItemSchema,
	ChecklistSectionSchema,
	StableIdSchema,
	TemplateBodySchema,
	type ChecklistItem,
	type ChecklistSection,
	type TemplateBody
} from './checklist';
import { DraftCitationSchema, DraftResponseSchema } from './draftItemRules';
import { LocalizedTextSchema } from './localized';

/**
 * A template being edited by an administrator (one draft per template at a time). Publishing freezes
 * it as the next version; until then phones never see it. `revision` grows with each save, so two
 * administrators editing at once cannot overwrite each other unseen (the second save is refused).
 */
export const TemplateDraftSchema = z.object({
	templateId: StableIdSchema,
	/** The published version it was started from; null for a template never published. */
	baseVersion: z.nullable(z.int().check(z.positive())),
	revision: z.int().check(z.positive()),
	body: TemplateBodySchema,
	updatedAt: z.string(),
	updatedBy: z.string()
});
export type TemplateDraft = z.infer<typeof TemplateDraftSchema>;

/**
 * An item as the editor or an import sends it: a new item has no id yet (the store gives one). Its
 * shape is the checklist's; draftItemRules.ts adds what a new draft must satisfy besides.
 */
export const DraftItemInputSchema = z.extend(ChecklistItemSchema, {
	id: z.optional(StableIdSchema),
	response: DraftResponseSchema,
	citations: z.array(DraftCitationSchema).check(z.minLength(1, 'Mỗi mục phải có ít nhất một căn cứ'))
});
export type DraftItemInput = z.infer<typeof DraftItemInputSchema>;

export const DraftSectionInputSchema = z.extend(ChecklistSectionSchema, {
	id: z.optional(StableIdSchema),
	items: z.array(DraftItemInputSchema).check(z.minLength(1, 'Mỗi phần phải có ít nhất một mục'))
});
export type DraftSectionInput = z.infer<typeof DraftSectionInputSchema>;

/** What a save carries: the whole content, ids optional where new. */
export const DraftInputSchema = z.object({
	title: LocalizedTextSchema,
	description: LocalizedTextSchema,
	sections: z.array(DraftSectionInputSchema).check(z.minLength(1, 'Mẫu phiếu phải có ít nhất một phần'))
});
export type DraftInput = z.infer<typeof DraftInputSchema>;

/**
 * The editor's save (PUT /api/admin/templates/draft): the whole content, checked against the
 * revision the administrator started from, so a save never overwrites another one unseen.
 */
export const DraftSaveSchema = z.object({
	templateId: StableIdSchema,
	revision: z.int().check(z.positive()),
	content: DraftInputSchema
});
export type DraftSave = z.infer<typeof DraftSaveSchema>;

/** A template no longer offered for new inspections; its inspections still open, print and count. */
export interface RetiredTemplate {
	templateId: string;
	retiredAt: string;
	retiredBy: string;
}

/**
 * A retired template as one account's phone may know it: retired at `retiredAt`, and first sent to
 * that account with a pull's catalog at `notifiedAt` (null: never yet, so no phone of it knows).
 */
export interface RetirementNotice {
	templateId: string;
	retiredAt: string;
	notifiedAt: string | null;
}

/**
 * Gives every new item and section an id. An item id is `theme.n` (the theme first, as every item id
 * is: followUpGroups.ts places a recommendation by it), n the smallest number that no item of any
 * template, published or drafted, has ever had: a generated id never takes over another item's
 * answers or statistics. A section id is unique within the template only.
 */
export function assignIds(templateId: string, input: DraftInput, usedItemIds: ReadonlySet<string>): TemplateBody {
	const taken = new Set(usedItemIds);
	for (const section of input.sections) for (const item of section.items) if (item.id) taken.add(item.id);
	const sectionIds = new Set(input.sections.flatMap((s) => (s.id ? [s.id] : [])));
	const sections: ChecklistSection[] = input.sections.map((section) => {
		const id = section.id ?? freshId(section.theme, sectionIds, true);
		sectionIds.add(id);
		const items: ChecklistItem[] = section.items.map((item) => {
			if (item.id) return { ...item, id: item.id };
			const fresh = freshId(section.theme, taken, false);
			taken.add(fresh);
			return { ...item, id: fresh };
		});
		return { ...section, id, items };
	});
	return { id: templateId, title: input.title, description: input.description, sections };
}

function freshId(theme: string, taken: ReadonlySet<string>, bareFirst: boolean): string {
	if (bareFirst && !taken.has(theme)) return theme;
	for (let n = 1; ; n++) {
		const id = `${theme}.${n}`;
		if (!taken.has(id)) return id;
	}
}

/** A published template's content as a draft's starting point. */
export function bodyOf(template: TemplateBody): TemplateBody {
	return { id: template.id, title: template.title, description: template.description, sections: template.sections };
}
