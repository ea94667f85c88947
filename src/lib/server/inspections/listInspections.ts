import { jurisdictionOf } from '../auth/authorize';
import type { Store } from '../store/Store';
import type { Page, SubmissionSummary, User } from '../store/records';

/**
 * The latest revision of each inspection the user may see, newest change first: an inspector's own,
 * a supervisor's jurisdiction, everything for an admin.
 */
export async function listInspections(store: Store, user: User, limit: number, before?: number): Promise<Page<SubmissionSummary>> {
	const page = before === undefined ? { limit } : { limit, before };
	if (user.role === 'inspector') return store.listSubmissionsByInspector(user.id, page);
	if (user.role === 'supervisor') {
		const agencies = [...jurisdictionOf(user, await store.listAgencies())];
		return agencies.length === 0 ? { items: [], next: null } : store.listSubmissionsForAgencies(agencies, page);
	}
	// Admins read everything; the change feed in reverse is the same order.
	return store.listSubmissionsForAgencies((await store.listAgencies()).map((a) => a.id), page);
}
