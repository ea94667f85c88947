import { z } from 'zod/mini';
import { IsoDateSchema } from './dates';

/**
 * How sure we are of a citation (see legal-basis.md):
 * V article read in a full text; S taken from a summary or a later text quoting it; U not verified.
 * A U citation is shown to people as "căn cứ cần kiểm tra" rather than hidden.
 */
export const ConfidenceSchema = z.enum(['V', 'S', 'U']);
export type Confidence = z.infer<typeof ConfidenceSchema>;

export const CitationSchema = z.object({
	/** Document number as written on it, e.g. "Luật 80/2025/QH15", "QĐ 129/2007/QĐ-TTg". */
	document: z.string().check(z.minLength(1)),
	/** Short title of the document in Vietnamese, e.g. "Luật Cán bộ, công chức". */
	title: z.string().check(z.minLength(1)),
	/** "Điều 7"; absent when the summary did not give the article. */
	article: z.optional(z.string().check(z.minLength(1))),
	/** "khoản 2" */
	clause: z.optional(z.string().check(z.minLength(1))),
	/** "điểm a" */
	point: z.optional(z.string().check(z.minLength(1))),
	/** The day the text took effect. */
	effectiveFrom: IsoDateSchema,
	/** The last day the text was in force, when it has been replaced. */
	effectiveTo: z.optional(IsoDateSchema),
	confidence: ConfidenceSchema,
	/** Where the reference comes from, or what still needs checking. */
	note: z.optional(z.string())
});
export type Citation = z.infer<typeof CitationSchema>;

/** "Luật 80/2025/QH15, Điều 7, khoản 2" */
export function formatCitation(citation: Citation): string {
	return [citation.document, citation.article, citation.clause, citation.point]
		.filter((part): part is string => Boolean(part))
		.join(', ');
}

/** Whether the text was in force on a given Vietnam calendar date (YYYY-MM-DD). */
export function isInForce(citation: Citation, onDate: string): boolean {
	if (citation.effectiveFrom > onDate) return false;
	return citation.effectiveTo === undefined || citation.effectiveTo >= onDate;
}

/** The citations of an item that applied on the inspection date: a finding quotes the rule in force then. */
export function citationsInForce(citations: readonly Citation[], onDate: string): Citation[] {
	return citations.filter((c) => isInForce(c, onDate));
}

export function needsVerification(citation: Citation): boolean {
	return citation.confidence === 'U';
}
