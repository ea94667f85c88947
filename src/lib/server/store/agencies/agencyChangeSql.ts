import type { Agency } from '$lib/domain/agency';
import type { AgencyChange, AgencyChangeSource } from '$lib/domain/agencyChange';
import { treeProblems } from '$lib/domain/agencyTree';
import { canonicalJson } from '$lib/domain/canonicalJson';
import { agencyRecords } from '../catalogRecords';
import { AgencyConflictError, InvalidRecordError } from '../errors';
import { agencyFromRow, iso, type AgencyRow } from '../rows';

/**
 * An administrator's edit of the agency tree, written once for both stores: the SQL text (PostgreSQL
 * numbers the placeholders) and the plan, a pure function of the tree as read inside the writing
 * transaction. Each store only drives it: read the tree, plan, run the statements, all in one
 * transaction (SQLite's single writer; PostgreSQL under an advisory lock), so two administrators'
 * edits are applied one after the other and each is checked against the tree it lands on.
 */

/** What the caller read (null: the agency is new) and what it wants instead. */
export interface AgencyEdit {
	before: Agency | null;
	after: Agency;
}

export interface AgencyActor {
	id: string;
	source: AgencyChangeSource;
}

/** What a reorganisation adds to its edits: the day it takes effect, and recommendations that move. */
export interface ReorganisationWrite {
	effectiveOn: string;
	/** Open recommendations of `from` go to `to`, each with a trail entry with this note, by this name. */
	transfers: readonly { from: string; to: string; note: string }[];
	by: string;
}

export const AGENCY_COLUMNS = 'id, parent_id, name, kind, address, lat, lng, closed_at, successor_id, formerly';
export const ALL_AGENCIES_SQL = `SELECT ${AGENCY_COLUMNS} FROM agencies`;
const UPSERT_AGENCY_HEAD = `INSERT INTO agencies (${AGENCY_COLUMNS}, updated_at) VALUES`;
const UPSERT_AGENCY_TAIL = `ON CONFLICT (id) DO UPDATE SET parent_id = excluded.parent_id, name = excluded.name, kind = excluded.kind, address = excluded.address,
	lat = excluded.lat, lng = excluded.lng, closed_at = excluded.closed_at, successor_id = excluded.successor_id, formerly = excluded.formerly, updated_at = excluded.updated_at`;
const INSERT_CHANGE_HEAD = 'INSERT INTO agency_changes (agency_id, actor_id, source, at, before_state, after_state, effective_on) VALUES';
/** One row per statement, for the seed's upsert. */
export const UPSERT_AGENCY_SQL = `${UPSERT_AGENCY_HEAD} (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ${UPSERT_AGENCY_TAIL}`;
/**
 * Rows per statement: an import of thousands is tens of round trips, not thousands (PostgreSQL
 * allows 65,535 parameters per statement, SQLite 32,766).
 */
const ROWS_PER_STATEMENT = 500;
const CHANGE_COLUMNS = 'id, agency_id, actor_id, source, at, before_state, after_state, effective_on';
/** Inserted change rows come back as stored (id, time as the database gives it): their ledger entries hash exactly that. */
const RETURNING_CHANGES = `RETURNING ${CHANGE_COLUMNS}`;
export const AGENCY_CHANGES_SQL = `SELECT ${CHANGE_COLUMNS} FROM agency_changes ORDER BY id DESC LIMIT ?`;
export const AGENCY_CHANGES_OF_SQL = `SELECT ${CHANGE_COLUMNS} FROM agency_changes WHERE agency_id = ? ORDER BY id DESC LIMIT ?`;
/** Every change after an id, oldest first, a page at a time (the ledger check and backfill). */
export const AGENCY_CHANGES_AFTER_SQL = `SELECT ${CHANGE_COLUMNS} FROM agency_changes WHERE id > ? ORDER BY id LIMIT ?`;
/** Changes made before they entered the ledger (migration 20): entered once by backfillLedger. */
export const UNLEDGERED_AGENCY_CHANGES_SQL = 'SELECT up_to FROM agency_changes_unledgered';
export const UNLEDGERED_AGENCY_CHANGES_DONE_SQL = 'DELETE FROM agency_changes_unledgered';
export const AGENCY_CHANGES_UP_TO_SQL = `SELECT ${CHANGE_COLUMNS} FROM agency_changes WHERE id <= ? ORDER BY id`;
/** PostgreSQL: agency edits take turns (any constant; the same in every app server). */
export const AGENCY_LOCK_SQL = 'SELECT pg_advisory_xact_lock(4711013)';

export interface AgencyChangeRow {
	id: number | string;
	agency_id: string;
	actor_id: string;
	source: string;
	at: string | Date;
	before_state: string | null;
	after_state: string;
	effective_on: string | null;
}

export function agencyChangeFromRow(row: AgencyChangeRow): AgencyChange {
	return {
		id: Number(row.id),
		agencyId: row.agency_id,
		actorId: row.actor_id,
		source: row.source as AgencyChange['source'],
		at: iso(row.at),
		before: row.before_state === null ? null : (JSON.parse(row.before_state) as Agency),
		after: JSON.parse(row.after_state) as Agency,
		...(row.effective_on === null ? {} : { effectiveOn: row.effective_on })
	};
}

/** Parameters of UPSERT_AGENCY_SQL for each agency (validated with the shared schema). */
export function agencyUpsertValues(agencies: readonly Agency[], at: string): unknown[][] {
	return agencyRecords(agencies).map((a) => [
		a.id,
		a.parentId,
		a.name,
		a.kind,
		a.address,
		a.lat,
		a.lng,
		a.closedAt ?? null,
		a.successorId ?? null,
		a.formerly === undefined ? null : canonicalJson(a.formerly),
		at
	]);
}

/**
 * The statements of an edit, checked against the tree as stored now. Refuses the whole edit when an
 * agency is not as the caller read it (AgencyConflictError), or when the tree it leads to has an
 * unknown parent, a cycle or an open agency under a closed one (InvalidRecordError). An edit that
 * changes nothing of an agency writes nothing for it.
 */
export interface AgencyEditPlan {
	/** The agencies' upserts. */
	statements: Statement[];
	/** The change rows' inserts, each returning the rows as stored (for their ledger entries). */
	changeStatements: Statement[];
	changed: number;
}

export function planAgencyEdits(storedRows: readonly AgencyRow[], edits: readonly AgencyEdit[], actor: AgencyActor, at: string, effectiveOn: string | null = null): AgencyEditPlan {
	const tree = new Map(storedRows.map((row) => [row.id, agencyFromRow(row)]));
	const changed = new Map<string, Agency>();
	const changes: unknown[][] = [];
	for (const edit of edits) {
		const next = closedAtAsStored(edit.after);
		const stored = tree.get(next.id) ?? null;
		const before = stored === null ? null : canonicalJson(stored);
		if (before !== (edit.before === null ? null : canonicalJson(closedAtAsStored(edit.before)))) throw new AgencyConflictError(next.id);
		const after = canonicalJson(next);
		if (after === before) continue;
		tree.set(next.id, next);
		changed.set(next.id, next);
		changes.push([next.id, actor.id, actor.source, at, before, after, effectiveOn]);
	}
	if (changed.size === 0) return { statements: [], changeStatements: [], changed: 0 };
	const problem = treeProblems([...tree.values()])[0] ?? successorProblem(tree);
	if (problem) throw new InvalidRecordError(`Agency ${problem.id}: ${problem.kind}`);
	return {
		statements: batched(UPSERT_AGENCY_HEAD, agencyUpsertValues([...changed.values()], at), UPSERT_AGENCY_TAIL),
		changeStatements: batched(INSERT_CHANGE_HEAD, changes, RETURNING_CHANGES),
		changed: changed.size
	};
}

/** A successor must exist and be open, and only a closed agency has one. */
function successorProblem(tree: ReadonlyMap<string, Agency>): { id: string; kind: string } | undefined {
	for (const a of tree.values()) {
		if (a.successorId === undefined) continue;
		if (a.closedAt === undefined) return { id: a.id, kind: 'successor-of-open-agency' };
		const next = tree.get(a.successorId);
		if (!next || (next.closedAt !== undefined && next.successorId === undefined)) return { id: a.id, kind: 'unknown-or-closed-successor' };
	}
	return undefined;
}

export interface Statement {
	sql: string;
	params: unknown[];
}

/** Multi-row statements of at most ROWS_PER_STATEMENT rows each. */
function batched(head: string, rows: readonly unknown[][], tail: string): Statement[] {
	const statements: Statement[] = [];
	for (let start = 0; start < rows.length; start += ROWS_PER_STATEMENT) {
		const chunk = rows.slice(start, start + ROWS_PER_STATEMENT);
		const values = chunk.map((row) => `(${row.map(() => '?').join(', ')})`).join(', ');
		statements.push({ sql: `${head} ${values} ${tail}`.trim(), params: chunk.flat() });
	}
	return statements;
}

/** The closing instant as both databases give it back (milliseconds, UTC), so every comparison is exact. */
function closedAtAsStored(agency: Agency): Agency {
	if (agency.closedAt === undefined) return agency;
	const instant = new Date(agency.closedAt);
	if (Number.isNaN(instant.getTime())) throw new InvalidRecordError(`Agency ${agency.id}: closedAt is not a date`);
	return { ...agency, closedAt: instant.toISOString() };
}
