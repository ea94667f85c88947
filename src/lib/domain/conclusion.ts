import { z } from 'zod/mini';
import { AdministrativeDocumentSchema, type AdministrativeDocument, type DocumentSigner } from './administrativeDocument';

/**
 * A kết luận kiểm tra as issued: its number from the register, the inspections it concludes (each
 * with the fingerprint of its biên bản), and its whole text as it was issued. Immutable: a
 * correction is a new conclusion that names the one it replaces (`replaces`), and a conclusion can
 * be replaced once.
 */
export interface ConcludedRecord {
	inspectionId: string;
	revision: number;
	agencyId: string;
	/** SHA-256 of the sealed biên bản: what the paper copies are matched by. */
	manifestHash: string;
}

export interface Conclusion {
	id: string;
	issuerId: string;
	/** "07/KL-SNV". */
	symbol: string;
	issuedAt: string;
	issuedBy: string;
	/** The conclusion this one replaces (a correction), or null. */
	replaces: string | null;
	/** The conclusion that replaced this one, or null while it stands (computed when read). */
	replacedBy: string | null;
	inspections: ConcludedRecord[];
	document: AdministrativeDocument;
	/** SHA-256 of the document's canonical JSON, entered in the ledger when issued. */
	documentHash: string;
}

export type ConclusionSummary = Omit<Conclusion, 'document'> & { title: string; subject: string };

/** POST /api/conclusions: what a supervisor chooses; the text is built by the server. */
export const IssueConclusionRequestSchema = z.object({
	/** One approved inspection, or several (a plan's visits). */
	inspectionIds: z.array(z.string().check(z.minLength(1), z.maxLength(64))).check(z.minLength(1), z.maxLength(200)),
	signer: z.object({
		authority: z.string().check(z.maxLength(80)),
		position: z.string().check(z.minLength(1), z.maxLength(80)),
		name: z.string().check(z.minLength(1), z.maxLength(120))
	}),
	/** More recipients than the agencies inspected ("Sở Nội vụ (để báo cáo)"). */
	recipients: z.optional(z.array(z.string().check(z.minLength(1), z.maxLength(200))).check(z.maxLength(20))),
	/** The id of the conclusion this one corrects. */
	replaces: z.optional(z.string().check(z.minLength(1), z.maxLength(64)))
});
export type IssueConclusionRequest = z.infer<typeof IssueConclusionRequestSchema>;

export type { DocumentSigner };

const ConcludedRecordSchema = z.object({ inspectionId: z.string(), revision: z.number(), agencyId: z.string(), manifestHash: z.string() });
const conclusionFields = {
	id: z.string(),
	issuerId: z.string(),
	symbol: z.string(),
	issuedAt: z.string(),
	issuedBy: z.string(),
	replaces: z.nullable(z.string()),
	replacedBy: z.nullable(z.string()),
	inspections: z.array(ConcludedRecordSchema),
	documentHash: z.string()
};

/** GET /api/conclusions/{id}, as pages read it. */
export const ConclusionViewSchema = z.object({
	conclusion: z.object({ ...conclusionFields, document: AdministrativeDocumentSchema }),
	ledgerHead: z.nullable(z.object({ seq: z.number(), hash: z.string() }))
});

/** GET /api/conclusions?inspection=…, as pages read it. */
export const ConclusionListSchema = z.object({
	conclusions: z.array(z.object({ ...conclusionFields, title: z.string(), subject: z.string() }))
});
