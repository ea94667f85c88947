import type { Plan, PlanSummary, PlanVisit } from '$lib/domain/plan';
import type { LinkedStatus } from '$lib/domain/visitProgress';
import type { AdministrativeDocument, DocumentSigner } from '$lib/domain/administrativeDocument';
import type { NewRegisterEntry } from '$lib/domain/documentNumber';
import type { VisitDocumentKind } from '$lib/domain/visitDocument';

/** A plan as stored, with its visits' ids given (new visits get theirs before the store sees them). */
export type PlanRecord = Plan;

/** One inspection linked to a visit, with its latest status (the phone and the progress page read these). */
export interface VisitInspection {
	visitId: string;
	inspectionId: string;
	status: LinkedStatus;
	inspectorId: string;
	inspectorName: string;
	agencyId: string;
	startedAt: string;
	lat: number | null;
	lng: number | null;
}

/** A visit with its plan's title and issuing agency: one line of an assignment list or a reminder. */
export interface VisitWithPlan extends PlanVisit {
	planId: string;
	planTitle: string;
	issuingAgencyId: string;
}

export type { PlanSummary };

/**
 * Who may see overdue visits: supervisors of the planning office see every visit of their plans;
 * supervisors over the inspected agency see its announced visits only.
 */
export interface OverdueScope {
	/** Issuing agencies whose plans the reader manages (null: none). */
	issuerIds: readonly string[];
	/** Agencies whose announced visits the reader may see. */
	agencyIds: readonly string[];
}

/** A visit's decision or notice as issued: its number, who signs it, and its text as issued. */
export interface IssuedVisitDocument {
	id: string;
	visitId: string;
	kind: VisitDocumentKind;
	/** "01/QĐ-SNV", from the register. */
	symbol: string;
	issuedAt: string;
	issuedBy: string;
	signer: DocumentSigner;
	/** The issued document this one replaces, or null. */
	replaces: string | null;
	/** The one that replaced it, or null while it stands (computed when read). */
	replacedBy: string | null;
	/** The text as issued, number and date included; null only for one issued before schema 18. */
	document: AdministrativeDocument | null;
	/** SHA-256 of the text's canonical JSON (null with the text). */
	documentHash: string | null;
}

/**
 * An issued document's row as stored, unparsed (signer and text as the stored strings): what its
 * ledger entry hashes, and what `npm run verify` re-hashes.
 */
export interface StoredVisitDocument {
	id: string;
	visitId: string;
	kind: string;
	symbol: string;
	issuedAt: string;
	issuedBy: string;
	signer: string;
	replaces: string | null;
	document: string | null;
	documentHash: string | null;
}

/** What the issuing code hands the store: the text is complete but for its number and date. */
export interface NewVisitDocument {
	id: string;
	visitId: string;
	kind: VisitDocumentKind;
	/** The register's request (issuer, its code, title, who); the kind is the document's, the subject the visit. */
	entry: Omit<NewRegisterEntry, 'kind' | 'subjectId'>;
	signer: DocumentSigner;
	replaces: string | null;
	document: AdministrativeDocument;
}
