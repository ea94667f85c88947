import type { Agency } from '$lib/domain/agency';
import { agencyOnDate } from '$lib/domain/agencyHistory';
import { vietnamDate } from '$lib/domain/dates';
import type { ChecklistTemplate } from '$lib/domain/checklist';
import type { Inspection } from '$lib/domain/inspection';
import type { LocalizedText } from '$lib/domain/localized';
import type { Correction } from './correction';
import type { Signatures } from '$lib/domain/signatureDrawing';
import type { SetAsideAnswer } from '$lib/domain/setAsideAnswers';

/** One recommendation on the record: from the server once approved, proposed from a violation before. */
export interface RecordRecommendation {
	itemId: string;
	what: string;
	/** ISO instant; null for a proposal (the supervisor sets deadlines on approval). */
	deadline: string | null;
}

/**
 * Everything the printed record (biên bản) shows, whether it was read from the inspector's device
 * (offline) or from the server (a supervisor). One shape so the document is drawn one way.
 */
export interface RecordData {
	inspectionId: string;
	revision: number;
	status: Inspection['status'];
	template: ChecklistTemplate;
	agency: Agency | null;
	/** The root of the agency tree (the province), for the issuing body and the place line. */
	province: Agency | null;
	inspection: Pick<Inspection, 'answers' | 'startedAt' | 'finishedAt' | 'inspectorName' | 'team' | 'representative' | 'generalNotes' | 'templateMoves'>;
	/** Answers a move to a newer version of the template set aside: printed, so nothing is lost on paper. */
	setAside: SetAsideAnswer[];
	manifestHash: string | null;
	/** The record carries a device signature (false: sealed before signing, or not finalized). */
	signed: boolean;
	/** The server's ledger head as last known (the server's own, or the one the phone last pulled). */
	ledgerHead: { seq: number; hash: string } | null;
	/** Photos per item id (null key: the inspection as a whole). */
	photoCounts: Map<string | null, number>;
	recommendations: RecordRecommendation[];
	/** True when the recommendations are the device's proposals, not the supervisor's. */
	proposed: boolean;
	/** Drawn on the screen at the end of the visit, from the signed record (none: blank lines to sign). */
	signatures: Signatures;
	/** SHA-256 of the photos of the signed paper page inside the record (signedPaper.ts). */
	signedPaper: string[];
	/** A draft printed for signing on paper (signatures.onPaper): not sealed yet, and says so. */
	forSigning: boolean;
	/** Set for a revision made after a return: printed as a corrected biên bản. */
	correction: Correction | null;
}

export type RecordLoad = { ok: true; record: RecordData } | { ok: false; message: LocalizedText };

/** The agency with the name and parent it held on the inspection's day: a later reorganisation does not rewrite the record. */
export function agencyOnRecordDay(agency: Agency | null | undefined, startedAt: string): Agency | null {
	return agency ? { ...agency, ...agencyOnDate(agency, vietnamDate(startedAt)) } : null;
}

/** The province (root) above an agency, following parent links in the device's catalog. */
export function rootOf(agencies: ReadonlyMap<string, Agency>, agency: Agency | null): Agency | null {
	let current = agency;
	const seen = new Set<string>();
	while (current?.parentId && !seen.has(current.id)) {
		seen.add(current.id);
		current = agencies.get(current.parentId) ?? current;
		if (seen.has(current.id)) break;
	}
	return current;
}
