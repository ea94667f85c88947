import { z } from 'zod/mini';
import type { AdministrativeDocument, DocumentSigner } from './administrativeDocument';

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
