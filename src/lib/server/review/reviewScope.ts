import { subtreeIds, type Agency } from '$lib/domain/agency';
import { catalogSnapshot } from '../sync/catalogSnapshot';
import { SEVERITY_RANK } from '../store/deriveRevision';
import type { Store } from '../store/Store';
import type { ReviewFilter } from '../store/review/filter';
import type { QueueFilter } from '$lib/domain/reviewQueue';
import { jurisdictionOf } from '../auth/authorize';
import { ApiError } from '../http/apiError';
import type { User } from '../store/records';

/**
 * The agencies a reader of the review pages may see, narrowed by the agency filter (with its
 * sub-agencies). Supervisors: their jurisdiction's subtree; admins: everything (null). Inspectors and
 * disabled accounts are refused. An agency filter outside the jurisdiction gives nothing rather than
 * an error, so the answer says nothing about agencies the caller does not oversee. The agencies are
 * the catalog snapshot's (read once per catalog version), not a read of the agency table per request.
 */
export async function reviewAgencies(store: Store, user: User, agencyFilter: string | undefined): Promise<readonly string[] | null> {
	return reviewAgenciesIn((await catalogSnapshot(store)).agencies, user, agencyFilter);
}

/** The same, over the agencies of a snapshot already read. */
export function reviewAgenciesIn(agencies: readonly Agency[], user: User, agencyFilter: string | undefined): readonly string[] | null {
	if (user.disabled || (user.role !== 'supervisor' && user.role !== 'admin')) throw new ApiError(403);
	const visible = user.role === 'admin' ? null : jurisdictionOf(user, agencies);
	// A jurisdiction that covers every agency needs no list: the queries then skip the membership test.
	if (agencyFilter === undefined) return visible === null || visible.size === agencies.length ? null : [...visible];
	const wanted = subtreeIds(agencies, agencyFilter);
	if (!agencies.some((a) => a.id === agencyFilter)) return [];
	return [...wanted].filter((id) => visible === null || visible.has(id));
}

/** The store's filter for a parsed queue query, within what the user may see. */
export async function reviewFilter(store: Store, user: User, query: QueueFilter): Promise<ReviewFilter> {
	return reviewFilterIn((await catalogSnapshot(store)).agencies, user, query);
}

/** The same, over the agencies of a snapshot already read. */
export function reviewFilterIn(agencies: readonly Agency[], user: User, query: QueueFilter): ReviewFilter {
	return {
		agencyIds: reviewAgenciesIn(agencies, user, query.agency),
		...(query.status && query.status !== 'all' ? { status: query.status } : {}),
		...(query.inspector ? { inspectorId: query.inspector } : {}),
		...(query.from ? { fromDate: query.from } : {}),
		...(query.to ? { toDate: query.to } : {}),
		...(query.template ? { templateId: query.template } : {}),
		...(query.hasViolations !== undefined ? { hasViolations: query.hasViolations } : {}),
		...(query.severity ? { minSeverity: SEVERITY_RANK[query.severity] } : {}),
		...(query.flags && query.flags.length > 0 ? { flags: query.flags } : {})
	};
}
