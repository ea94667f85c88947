import type { AgencyChange } from '$lib/domain/agencyChange';
import { canonicalJson } from '$lib/domain/canonicalJson';
import { sha256Hex } from '../canonical';
import type { StoredVisitDocument } from '../plans/planRecords';
import type { StoredRecommendation } from '../recommendationRecords';
import type { ReviewEvent } from '../records';

/**
 * The server's append-only, hash-chained log (in the spirit of Certificate Transparency): every
 * accepted revision, trail event (decisions, imports), recommendation change, device key change,
 * conclusion, visit decision or notice (quyết định kiểm tra, thông báo) and agency change is appended, in the transaction that makes it, as an entry naming the hash of the
 * entry before.
 * Rewriting a stored row without a new entry makes it disagree with the log; rewriting the log
 * changes every later hash, including the head that was printed on the biên bản and conclusions
 * issued since. `npm run verify` checks both (scripts/verify.js, server/ledger/verifyLedger.ts).
 */
export type LedgerBody =
	| { kind: 'revision'; inspectionId: string; revision: number; inspectorId: string; contentHash: string }
	| { kind: 'event'; eventId: number; inspectionId: string; revision: number; actorId: string; action: string; status: string | null; eventHash: string }
	| { kind: 'recommendation'; recommendationId: string; status: string; stateHash: string }
	| { kind: 'device'; deviceId: string; userId: string; change: 'registered' | 'revoked'; publicKeyHash: string; by: string }
	/** A conclusion as issued: its text's hash, and the records (with their fingerprints) it concludes. */
	| { kind: 'conclusion'; conclusionId: string; symbol: string; documentHash: string; replaces: string | null; records: string[] }
	/**
	 * A visit's decision or notice as issued (or a replacement, naming the one it replaces): its text's
	 * hash (null for one issued before schema 18, kept without a text) and the hash of the whole row
	 * (number, date, issuer, signer …), so an edit of any stored field no longer matches.
	 */
	| { kind: 'visitDocument'; documentId: string; documentKind: string; visitId: string; symbol: string; documentHash: string | null; replaces: string | null; recordHash: string }
	/** An administrator's change of an agency (form, import or reorganisation): the change row's hash. */
	| { kind: 'agency'; changeId: number; agencyId: string; stateHash: string };

export interface LedgerEntry {
	seq: number;
	at: string;
	/** Canonical JSON of the body with its seq and time. */
	body: string;
	prevHash: string;
	hash: string;
}

export interface LedgerHead {
	seq: number;
	hash: string;
}

/** What the first entry names as the one before it. */
export const GENESIS_HASH = '0'.repeat(64);

/** hash = SHA-256(prevHash ‖ "\n" ‖ body): the entry and, through prevHash, everything before it. */
export function entryHash(prevHash: string, body: string): string {
	return sha256Hex(`${prevHash}\n${body}`);
}

/** The entries for `bodies`, chained after `head` (null: the log is empty). */
export function chainEntries(head: LedgerHead | null, bodies: readonly LedgerBody[], at: string): LedgerEntry[] {
	let seq = head?.seq ?? 0;
	let prevHash = head?.hash ?? GENESIS_HASH;
	return bodies.map((content) => {
		seq += 1;
		const body = canonicalJson({ ...content, seq, at });
		const entry = { seq, at, body, prevHash, hash: entryHash(prevHash, body) };
		prevHash = entry.hash;
		return entry;
	});
}

export function revisionBody(r: { inspectionId: string; revision: number; inspectorId: string; contentHash: string }): LedgerBody {
	return { kind: 'revision', inspectionId: r.inspectionId, revision: r.revision, inspectorId: r.inspectorId, contentHash: r.contentHash };
}

/** An event as it is stored (id, times and all), so an edited comment no longer matches. */
export function eventBody(event: ReviewEvent, status: string | null): LedgerBody {
	return {
		kind: 'event',
		eventId: event.id,
		inspectionId: event.inspectionId,
		revision: event.revision,
		actorId: event.actorId,
		action: event.action,
		status,
		eventHash: eventStateHash(event)
	};
}

export function eventStateHash(event: ReviewEvent): string {
	return sha256Hex(canonicalJson({ ...event }));
}

/** A recommendation's whole state after the change (status, deadline, history …). */
export function recommendationBody(r: StoredRecommendation): LedgerBody {
	return { kind: 'recommendation', recommendationId: r.id, status: r.status, stateHash: recommendationStateHash(r) };
}

export function recommendationStateHash(r: StoredRecommendation): string {
	return sha256Hex(canonicalJson({ ...r }));
}

export function deviceBody(d: { id: string; userId: string; publicKey: string }, change: 'registered' | 'revoked', by: string): LedgerBody {
	return { kind: 'device', deviceId: d.id, userId: d.userId, change, publicKeyHash: sha256Hex(d.publicKey), by };
}

/** One agency change as stored (id, who, when, before and after, effective date). */
export function agencyChangeBody(change: AgencyChange): LedgerBody {
	return { kind: 'agency', changeId: change.id, agencyId: change.agencyId, stateHash: agencyChangeStateHash(change) };
}

export function agencyChangeStateHash(change: AgencyChange): string {
	return sha256Hex(canonicalJson({ ...change }));
}

/** One issued visit document as stored (its text as the raw stored string). */
export function visitDocumentBody(d: StoredVisitDocument): LedgerBody {
	return { kind: 'visitDocument', documentId: d.id, documentKind: d.kind, visitId: d.visitId, symbol: d.symbol, documentHash: d.documentHash, replaces: d.replaces, recordHash: visitDocumentRecordHash(d) };
}

/** Every stored field but the text itself, which its own hash (documentHash) stands for. */
export function visitDocumentRecordHash(d: StoredVisitDocument): string {
	return sha256Hex(canonicalJson({ id: d.id, visitId: d.visitId, kind: d.kind, symbol: d.symbol, issuedAt: d.issuedAt, issuedBy: d.issuedBy, signer: d.signer, replaces: d.replaces, documentHash: d.documentHash }));
}
