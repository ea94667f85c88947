import type { RecommendationHistoryEntry, RecommendationStatus } from '$lib/domain/recommendation';
import type { NewRecommendation, RecommendationChange, RecommendationQuery, StoredRecommendation } from '../recommendationRecords';
import type { Dialect } from './filter';

/** Row mapping and the one rule of a status change, shared by both stores. */
export const RECOMMENDATION_COLUMNS =
	'id, inspection_id, revision, agency_id, item_id, item_text, what, deadline, status, created_at, fixed_at, fixed_in_inspection_id, history';

export interface RecommendationRow {
	id: string;
	inspection_id: string;
	revision: number;
	agency_id: string;
	item_id: string;
	item_text: string;
	what: string;
	deadline: string;
	status: string;
	created_at: string;
	fixed_at: string | null;
	fixed_in_inspection_id: string | null;
	history: string;
}

export function recommendationFromRow(r: RecommendationRow): StoredRecommendation {
	return {
		id: r.id,
		inspectionId: r.inspection_id,
		revision: r.revision,
		agencyId: r.agency_id,
		itemId: r.item_id,
		itemText: r.item_text,
		what: r.what,
		deadline: r.deadline,
		status: r.status as RecommendationStatus,
		createdAt: r.created_at,
		fixedAt: r.fixed_at,
		fixedInInspectionId: r.fixed_in_inspection_id,
		history: JSON.parse(r.history) as RecommendationHistoryEntry[]
	};
}

export function newRecommendationValues(r: NewRecommendation, at: string): unknown[] {
	const created: RecommendationHistoryEntry = { at, by: r.by, action: 'created', status: 'open', note: '' };
	return [r.id, r.inspectionId, r.revision, r.agencyId, r.itemId, r.itemText, r.what, r.deadline, 'open', at, null, null, JSON.stringify([created])];
}

/** The record after a change: history only grows; fixedAt/fixedIn follow the status. */
export function applyRecommendationChange(current: StoredRecommendation, change: RecommendationChange, at: string): StoredRecommendation {
	if (change.action === 'deadline') {
		const entry: RecommendationHistoryEntry = {
			at,
			by: change.by,
			action: 'deadline',
			status: current.status,
			note: change.note,
			deadline: change.deadline,
			previousDeadline: current.deadline
		};
		return { ...current, deadline: change.deadline, history: [...current.history, entry] };
	}
	const entry: RecommendationHistoryEntry = {
		at,
		by: change.by,
		action: change.action,
		status: change.status,
		note: change.note,
		...(change.inspectionId ? { inspectionId: change.inspectionId } : {}),
		...(change.photoIds && change.photoIds.length > 0 ? { photoIds: [...change.photoIds] } : {})
	};
	const fixed = change.status === 'fixed';
	return {
		...current,
		status: change.status,
		fixedAt: fixed ? (current.status === 'fixed' ? current.fixedAt : at) : null,
		fixedInInspectionId: fixed ? (change.inspectionId ?? (current.status === 'fixed' ? current.fixedInInspectionId : null)) : null,
		history: [...current.history, entry]
	};
}

export function recommendationWhere(query: RecommendationQuery, dialect: Dialect): { sql: string; params: unknown[] } {
	const parts: string[] = [];
	const params: unknown[] = [];
	if (query.agencyIds !== null) {
		parts.push(dialect.inList('agency_id'));
		params.push(dialect.listParam(query.agencyIds));
	}
	if (query.status) {
		parts.push('status = ?');
		params.push(query.status);
	}
	if (query.inspectionId) {
		parts.push('inspection_id = ?');
		params.push(query.inspectionId.toLowerCase());
	}
	return { sql: parts.length === 0 ? '1 = 1' : parts.join(' AND '), params };
}
