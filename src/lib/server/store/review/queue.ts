import type { QueueFlag, QueueSort } from '$lib/domain/reviewQueue';
import type { Severity } from '$lib/domain/checklist';
import { SEVERITY_BY_RANK } from '../deriveRevision';
import type { SubmissionStatus } from '../records';
import { iso } from '../rows';
import { countByStatus } from './counts';
import { whereClause, WIDE_AGENCY_LIST, type Dialect, type Exec, type ReviewFilter } from './filter';

export interface QueueRequest extends ReviewFilter {
	sort: QueueSort;
	offset: number;
	limit: number;
}

export interface QueueRow {
	id: string;
	revision: number;
	status: SubmissionStatus;
	agencyId: string;
	agencyName: string;
	inspectorId: string;
	inspectorName: string;
	templateId: string;
	templateVersion: number;
	startedAt: string;
	finishedAt: string | null;
	receivedAt: string;
	complianceRate: number | null;
	weightedScore: number | null;
	violations: number;
	maxSeverity: Severity | null;
	flags: QueueFlag[];
}

// A tie-breaker on the id keeps paging stable when many rows share a value.
export const QUEUE_ORDER: Readonly<Record<QueueSort, string>> = {
	'started-desc': 'h.started_at DESC, h.inspection_id DESC',
	'started-asc': 'h.started_at ASC, h.inspection_id ASC',
	'rate-asc': 'h.compliance_rate IS NULL, h.compliance_rate ASC, h.started_at DESC, h.inspection_id DESC',
	'rate-desc': 'h.compliance_rate IS NULL, h.compliance_rate DESC, h.started_at DESC, h.inspection_id DESC',
	agency: 'a.name ASC, h.started_at DESC, h.inspection_id DESC'
};

export interface QueueDbRow {
	inspection_id: string;
	revision: number;
	status: string;
	agency_id: string;
	agency_name: string;
	inspector_id: string;
	inspector_name: string;
	template_id: string;
	template_version: number;
	started_at: string;
	finished_at: string | null;
	received_at: string | Date;
	compliance_rate: number | null;
	weighted_score: number | null;
	violations: number;
	max_severity: number;
	flag_far: number;
	flag_manual: number;
	flag_suspect: number;
	flag_no_location: number;
	flag_photo: number;
}

export function queueRowFrom(r: QueueDbRow): QueueRow {
	const flags: QueueFlag[] = [];
	if (r.flag_far) flags.push('far-from-agency');
	if (r.flag_manual) flags.push('manual-location');
	if (r.flag_suspect) flags.push('suspect-accuracy');
	if (r.flag_no_location) flags.push('no-location');
	if (r.flag_photo) flags.push('photo-flagged');
	return {
		id: r.inspection_id,
		revision: r.revision,
		status: r.status as SubmissionStatus,
		agencyId: r.agency_id,
		agencyName: r.agency_name,
		inspectorId: r.inspector_id,
		inspectorName: r.inspector_name,
		templateId: r.template_id,
		templateVersion: r.template_version,
		startedAt: r.started_at,
		finishedAt: r.finished_at,
		receivedAt: iso(r.received_at),
		complianceRate: r.compliance_rate,
		weightedScore: r.weighted_score,
		violations: r.violations,
		maxSeverity: SEVERITY_BY_RANK[r.max_severity] ?? null,
		flags
	};
}

/**
 * The queue's columns over the heads and their agency; the caller appends `AND <filter>` and the order.
 * CROSS JOIN tells SQLite to walk the heads first, in the order of the sort's index, and stop after
 * the page; with a plain JOIN it started from the agencies and sorted all 100,000 rows (97 ms).
 */
export const QUEUE_SELECT = `SELECT h.inspection_id, h.revision, h.status, h.agency_id, a.name AS agency_name, h.inspector_id, h.inspector_name,
		h.template_id, h.template_version, h.started_at, h.finished_at, h.received_at, h.compliance_rate, h.weighted_score,
		h.violations, h.max_severity, h.flag_far, h.flag_manual, h.flag_suspect, h.flag_no_location, h.flag_photo
	FROM inspection_heads AS h CROSS JOIN agencies AS a
	WHERE a.id = h.agency_id`;

/** How many heads of each status match the queue's filter with any status (what the status filter offers). */
export type StatusCounts = Record<SubmissionStatus, number>;

/**
 * One page of the queue, the total matching, and the counts of each status under the same filter
 * with any status: all from inspection_heads only (indexed, no JSON), the counts from the running
 * totals where the filter allows (see countByStatus). The total is one of those counts (or their
 * sum), so the page costs one count, not two.
 */
export async function queryQueue(exec: Exec, dialect: Dialect, request: QueueRequest): Promise<{ rows: QueueRow[]; total: number; counts: StatusCounts }> {
	if (request.agencyIds !== null && request.agencyIds.length === 0) return { rows: [], total: 0, counts: { sent: 0, returned: 0, approved: 0 } };
	const anyStatus: ReviewFilter = { ...request };
	delete anyStatus.status;
	const [rows, counts] = await Promise.all([pageRows(exec, dialect, request), queryStatusCounts(exec, dialect, anyStatus)]);
	const total = request.status ? counts[request.status] : counts.sent + counts.returned + counts.approved;
	return { rows: rows.map(queueRowFrom), total, counts };
}

/** A page deeper than this reads the agencies together, as one IN list. */
const SEPARATE_MAX_ROWS = 1000;

/**
 * The page's rows. For a short list of agencies (a commune and its one-stop desk) each agency's rows
 * up to the page's end come from its own index, in order, and one outer ORDER BY merges them, all in
 * one statement: as an IN list both planners read every head of those agencies and sorted them
 * (263 ms on SQLite, 428 ms on PostgreSQL by compliance at a million), where each agency alone is an
 * index walk that stops after the page (under 1 ms). The merge is the database's own sort, so text
 * compares in its collation exactly as the single-statement order does.
 */
function pageRows(exec: Exec, dialect: Dialect, request: QueueRequest): Promise<QueueDbRow[]> {
	const agencies = request.agencyIds;
	const end = request.offset + request.limit;
	if (agencies === null || agencies.length < 2 || agencies.length >= WIDE_AGENCY_LIST || end > SEPARATE_MAX_ROWS) {
		const where = whereClause(request, dialect);
		return exec<QueueDbRow>(`${QUEUE_SELECT} AND ${where.sql} ORDER BY ${QUEUE_ORDER[request.sort]} LIMIT ? OFFSET ?`, [...where.params, request.limit, request.offset]);
	}
	const parts: string[] = [];
	const params: unknown[] = [];
	// Within one agency its name is the same on every row: by name is by start there, which its index serves.
	const inner = QUEUE_ORDER[request.sort === 'agency' ? 'started-desc' : request.sort];
	for (const id of agencies) {
		const where = whereClause({ ...request, agencyIds: [id] }, dialect);
		parts.push(`SELECT * FROM (${QUEUE_SELECT} AND ${where.sql} ORDER BY ${inner} LIMIT ?) AS agency_page`);
		params.push(...where.params, end);
	}
	// The outer order names the page's columns: the agency's name is agency_name there.
	const order = QUEUE_ORDER[request.sort].replace('a.name', 'h.agency_name');
	return exec<QueueDbRow>(`SELECT * FROM (${parts.join(' UNION ALL ')}) AS h ORDER BY ${order} LIMIT ? OFFSET ?`, [...params, request.limit, request.offset]);
}

/** How many heads match, per status: the same filter as the queue's. */
async function queryStatusCounts(exec: Exec, dialect: Dialect, filter: ReviewFilter): Promise<StatusCounts> {
	const counts: StatusCounts = { sent: 0, returned: 0, approved: 0 };
	if (filter.agencyIds !== null && filter.agencyIds.length === 0) return counts;
	for (const [status, n] of await countByStatus(exec, dialect, filter)) if (status in counts) counts[status as SubmissionStatus] = n;
	return counts;
}
