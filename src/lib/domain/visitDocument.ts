import { z } from 'zod/mini';
import { AdministrativeDocumentSchema, DocumentSignerSchema } from './administrativeDocument';

/**
 * A visit's own documents: the decision that orders the inspection and forms the team (quyết định
 * kiểm tra) and, for an announced visit, the notice to the agency (thông báo). Numbered from the
 * issuing agency's register when a supervisor issues them; until then a draft without a number.
 */
export const VISIT_DOCUMENT_KINDS = ['decision', 'notice'] as const;
export const VisitDocumentKindSchema = z.enum(VISIT_DOCUMENT_KINDS);
export type VisitDocumentKind = z.infer<typeof VisitDocumentKindSchema>;

/** POST body: who signs (filled in on the page), for the number to be issued now. */
export const IssueVisitDocumentSchema = z.object({ kind: VisitDocumentKindSchema, signer: DocumentSignerSchema });
export type IssueVisitDocument = z.infer<typeof IssueVisitDocumentSchema>;

export const VisitDocumentViewSchema = z.object({
	document: AdministrativeDocumentSchema,
	/** Issued: the number is the register's and printed; false: a draft. */
	issued: z.boolean()
});
export type VisitDocumentView = z.infer<typeof VisitDocumentViewSchema>;
