import type { Assignment, AssignmentList } from '$lib/domain/assignment';
import { canonicalJson } from '$lib/domain/canonicalJson';
import { vietnamDate } from '$lib/domain/dates';
import { addDays, furthest } from '$lib/domain/visitProgress';
import { sha256Hex } from '../store/canonical';
import type { Store } from '../store/Store';
import type { User } from '../store/records';

/** Visits whose window ended longer ago than this leave the phone (a late one stays a month). */
export const ASSIGNMENTS_KEPT_DAYS = 30;

/**
 * The user's assignments: every visit whose team names the account, announced or not (the team is
 * who may see an unannounced one), whose window has not ended more than a month ago, with the
 * inspection a member made for it. Small (a year's visits of one person) and read on every pull;
 * the version lets the pull send it only when it changed, like the colleagues list.
 */
export async function assignmentList(store: Store, user: User, now: Date): Promise<AssignmentList> {
	const since = addDays(vietnamDate(now), -ASSIGNMENTS_KEPT_DAYS);
	const visits = user.disabled ? [] : await store.visitsOfMember(user.id, since);
	const linked = await store.visitInspections(visits.map((v) => v.id));
	const assignments: Assignment[] = visits.map((v) => {
		const best = furthest(linked.filter((l) => l.visitId === v.id));
		return {
			id: v.id,
			agencyId: v.agencyId,
			templateId: v.templateId,
			windowFrom: v.windowFrom,
			windowTo: v.windowTo,
			announced: v.announced,
			team: v.team,
			planId: v.planId,
			planTitle: v.planTitle,
			started: best ? { inspectionId: best.inspectionId, inspectorId: best.inspectorId, inspectorName: best.inspectorName, status: best.status } : null
		};
	});
	// The version leaves out `since`, which moves every day while nothing else does.
	return { version: sha256Hex(canonicalJson(assignments)).slice(0, 16), since, assignments };
}

/** Agencies the user is assigned to inspect (the pull follows their recommendations). */
export async function assignedAgencyIds(store: Store, user: User, now: Date): Promise<string[]> {
	return [...new Set((await assignmentList(store, user, now)).assignments.map((a) => a.agencyId))];
}
