import { z } from 'zod/mini';
import { CitationSchema } from './citation';
import { IsoDateSchema } from './dates';
import { LocalizedTextSchema } from './localized';

/**
 * The nine themes of legal-basis.md: the seed of the themes table (themes are data; an administrator
 * may add a province's own, see theme.ts). Every full template covers these nine.
 */
export const THEMES = [
	'discipline',
	'communication',
	'dress',
	'office',
	'alcohol-tobacco',
	'meetings',
	'public-listing',
	'it-services',
	'feedback'
] as const;
export type SeedTheme = (typeof THEMES)[number];

/** Stable ids survive template versions so answers can move to a newer version. */
export const StableIdSchema = z
	.string()
	.check(z.maxLength(120), z.regex(/^[a-z0-9]+(?:[.-][a-z0-9]+)*$/, 'Mã chỉ gồm chữ thường, số, dấu chấm và gạch nối'));

/** A theme's id: one of the seed nine or one an administrator added (the store checks it exists). */
export const ThemeSchema = StableIdSchema;
export type Theme = string;

export const SEVERITIES = ['minor', 'major', 'critical'] as const;
export const SeveritySchema = z.enum(SEVERITIES);
export type Severity = z.infer<typeof SeveritySchema>;

/** What an answer means for scoring. */
export const OutcomeSchema = z.enum(['compliant', 'violation', 'na']);
export type Outcome = z.infer<typeof OutcomeSchema>;

export const ChoiceOptionSchema = z.object({
	id: StableIdSchema,
	label: LocalizedTextSchema,
	/** An option may count as compliant, a violation, not applicable, or carry no score (absent). */
	outcome: z.optional(OutcomeSchema)
});
export type ChoiceOption = z.infer<typeof ChoiceOptionSchema>;

export const ResponseSchema = z.discriminatedUnion('kind', [
	/** Đạt / Vi phạm / Không áp dụng. */
	z.object({ kind: z.literal('compliance') }),
	z.object({
		kind: z.literal('number'),
		unit: z.optional(LocalizedTextSchema),
		min: z.optional(z.number()),
		max: z.optional(z.number()),
		/** When set, a number below it is a violation (e.g. share of files submitted online, %). */
		compliantMin: z.optional(z.number()),
		/** When set, a number above it is a violation. */
		compliantMax: z.optional(z.number())
	}),
	z.object({ kind: z.literal('text') }),
	z.object({
		kind: z.literal('choice'),
		options: z.array(ChoiceOptionSchema).check(z.minLength(2))
	})
]);
export type Response = z.infer<typeof ResponseSchema>;
export type ResponseKind = Response['kind'];

export const ChecklistItemSchema = z.object({
	id: StableIdSchema,
	text: LocalizedTextSchema,
	/** What to look at and what counts as a violation, in plain words. */
	guidance: LocalizedTextSchema,
	response: ResponseSchema,
	severity: SeveritySchema,
	/** What the inspector must add when the answer is a violation. */
	requireOnViolation: z.object({ note: z.boolean(), photo: z.boolean() }),
	/** Whether an answer is needed before the inspection can be finalized. */
	required: z.boolean(),
	citations: z.array(CitationSchema).check(z.minLength(1, 'Mỗi mục phải có ít nhất một căn cứ'))
});
export type ChecklistItem = z.infer<typeof ChecklistItemSchema>;

export const ChecklistSectionSchema = z.object({
	id: StableIdSchema,
	theme: ThemeSchema,
	title: LocalizedTextSchema,
	items: z.array(ChecklistItemSchema).check(z.minLength(1))
});
export type ChecklistSection = z.infer<typeof ChecklistSectionSchema>;

/** Ids unique within a template: items (answers are keyed by them) and sections. */
function uniqueIds(sections: readonly ChecklistSection[]): boolean {
	const items = sections.flatMap((s) => s.items.map((i) => i.id));
	return new Set(items).size === items.length;
}
function uniqueSectionIds(sections: readonly ChecklistSection[]): boolean {
	return new Set(sections.map((s) => s.id)).size === sections.length;
}
const ITEM_IDS_UNIQUE = 'Mã mục trong mẫu phiếu phải duy nhất';
const SECTION_IDS_UNIQUE = 'Mã phần trong mẫu phiếu phải duy nhất';

const templateBodyShape = {
	id: StableIdSchema,
	title: LocalizedTextSchema,
	description: LocalizedTextSchema,
	sections: z.array(ChecklistSectionSchema).check(z.minLength(1))
};

/** A template's content without version and date: what an administrator edits as a draft (templateDraft.ts). */
export const TemplateBodySchema = z
	.object(templateBodyShape)
	.check(
		z.refine((t) => uniqueIds(t.sections), ITEM_IDS_UNIQUE),
		z.refine((t) => uniqueSectionIds(t.sections), SECTION_IDS_UNIQUE)
	);
export type TemplateBody = z.infer<typeof TemplateBodySchema>;

export const ChecklistTemplateSchema = z
	.object({
		...templateBodyShape,
		/** Increases by one on each publication; a published version never changes. */
		version: z.int().check(z.positive()),
		publishedAt: IsoDateSchema
	})
	.check(
		z.refine((t) => uniqueIds(t.sections), ITEM_IDS_UNIQUE),
		z.refine((t) => uniqueSectionIds(t.sections), SECTION_IDS_UNIQUE)
	);
export type ChecklistTemplate = z.infer<typeof ChecklistTemplateSchema>;

/** A template is addressed by id and version together. */
export function templateKey(template: Pick<ChecklistTemplate, 'id' | 'version'>): string {
	return `${template.id}@${template.version}`;
}

export function allItems(template: ChecklistTemplate): ChecklistItem[] {
	return template.sections.flatMap((s) => s.items);
}

export function findItem(template: ChecklistTemplate, itemId: string): ChecklistItem | undefined {
	for (const section of template.sections) {
		const item = section.items.find((i) => i.id === itemId);
		if (item) return item;
	}
	return undefined;
}
