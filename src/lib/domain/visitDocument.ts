import { z } from 'zod/mini';
import { AdministrativeDocumentSchema, DocumentSignerSchema } from './administrativeDocument';

/**
 * A visit's own documents: the decision that orders the inspection and forms the team (quyết định
 * kiểm tra) and, for an announced visit, the notice to the agency (thông báo). Numbered from the
 * issuing agency's register when a supervisor issues them; until then a draft without a number.
 * Issued text is kept as issued: a later edit of the plan never changes it; a replacement is a new
 * document, with the next number, that names the one it replaces (as conclusions do).
 */
export const VISIT_DOCUMENT_KINDS = ['decision', 'notice'] as const;
export const VisitDocumentKindSchema = z.enum(VISIT_DOCUMENT_KINDS);
export type VisitDocumentKind = z.infer<typeof VisitDocumentKindSchema>;

/** POST body: who signs (filled in on the page), and the issued document this one replaces, if any. */
export const IssueVisitDocumentSchema = z.object({
	signer: DocumentSignerSchema,
	replaces: z.optional(z.string().check(z.minLength(1), z.maxLength(64)))
});
export type IssueVisitDocument = z.infer<typeof IssueVisitDocumentSchema>;

/** One issued document as a page names it (in "replaces" lines and the list of issues). */
export const VisitDocumentRefSchema = z.object({ id: z.string(), symbol: z.string(), issuedAt: z.string() });
export type VisitDocumentRef = z.infer<typeof VisitDocumentRefSchema>;

export const VisitDocumentViewSchema = z.object({
	document: AdministrativeDocumentSchema,
	/** Issued: the number is the register's and printed; false: a draft. */
	issued: z.boolean(),
	/** The issued document shown (null for a draft). */
	id: z.nullable(z.string()),
	replaces: z.nullable(VisitDocumentRefSchema),
	replacedBy: z.nullable(VisitDocumentRefSchema),
	/**
	 * The text built from the plan as it stands now differs from the issued text (a team, window or
	 * agency changed since, or the decision a notice cites was replaced): a replacement is due.
	 */
	planChanged: z.boolean(),
	/** False for a document issued before its text was kept (schema 18): shown rebuilt from the plan. */
	textKept: z.boolean(),
	/** Every issue of this kind for the visit, oldest first. */
	issues: z.array(VisitDocumentRefSchema)
});
export type VisitDocumentView = z.infer<typeof VisitDocumentViewSchema>;
