import type { Plan, PlanSummary, PlanVisit } from '$lib/domain/plan';
import type { LinkedStatus } from '$lib/domain/visitProgress';
import type { DocumentSigner } from '$lib/domain/administrativeDocument';
import type { RegisterEntry } from '$lib/domain/documentNumber';

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

/** A visit's decision or notice once numbered: the register's entry and the signer given when issuing. */
export interface IssuedVisitDocument {
	entry: RegisterEntry;
	signer: DocumentSigner;
}
