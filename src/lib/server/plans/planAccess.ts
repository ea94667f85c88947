import type { Agency } from '$lib/domain/agency';
import type { PlanVisit } from '$lib/domain/plan';
import { jurisdictionOf } from '../auth/authorize';
import type { User } from '../store/records';

/**
 * Who may do what with plans, as pure functions the endpoints call per object.
 * - A supervisor plans within their jurisdiction: the issuing agency and every visited agency must
 *   be in it. The supervisors whose jurisdiction holds the issuing agency manage the plan (read, edit,
 *   follow its progress), unannounced visits included: they decided them.
 * - A visit is seen by its team's accounts, whatever their role. An announced visit is also seen by
 *   supervisors over the visited agency (it was announced to that agency anyway); an unannounced one
 *   by nobody else.
 * - Admins see no plan: an IT role has no part in the programme, and an unannounced visit must not
 *   leak through an account that can read everything.
 */

export function canManagePlan(user: User, issuingAgencyId: string, agencies: readonly Agency[]): boolean {
	return !user.disabled && user.role === 'supervisor' && jurisdictionOf(user, agencies).has(issuingAgencyId);
}

/** May this supervisor put a visit to this agency in a plan? */
export function canPlanVisitTo(user: User, agencyId: string, agencies: readonly Agency[]): boolean {
	return !user.disabled && user.role === 'supervisor' && jurisdictionOf(user, agencies).has(agencyId);
}

export function isOnTeam(user: User, visit: Pick<PlanVisit, 'team'>): boolean {
	return visit.team.some((m) => m.accountId === user.id);
}

export function canSeeVisit(user: User, visit: Pick<PlanVisit, 'team' | 'announced' | 'agencyId'> & { issuingAgencyId: string }, agencies: readonly Agency[]): boolean {
	if (user.disabled) return false;
	if (isOnTeam(user, visit)) return true;
	if (user.role !== 'supervisor') return false;
	const jurisdiction = jurisdictionOf(user, agencies);
	return jurisdiction.has(visit.issuingAgencyId) || (visit.announced && jurisdiction.has(visit.agencyId));
}
