import { subtreeIds, type Agency } from '$lib/domain/agency';
import { todaysAgencyId } from '$lib/domain/agencyHistory';
import type { User } from '../store/records';

/**
 * Who may do what, as pure functions the endpoints call per object. A disabled account may do nothing.
 * - inspector: their own inspections only.
 * - supervisor: inspections of agencies in the subtree under their jurisdiction.
 * - admin: manages accounts and may read every inspection, but does not review (a review is a
 *   supervisor's decision, and an IT role should not make it).
 */

/**
 * The agencies a supervisor oversees: their jurisdiction and everything below it in today's tree (a
 * subtree moved under it comes with it; one moved away leaves), with the agencies merged or split
 * into any of them. A jurisdiction that was itself merged or split follows it to its successor.
 */
export function jurisdictionOf(user: User, agencies: readonly Agency[]): Set<string> {
	if (user.disabled || user.role !== 'supervisor' || user.jurisdictionId === null) return new Set();
	return subtreeIds(agencies, todaysAgencyId(new Map(agencies.map((a) => [a.id, a])), user.jurisdictionId));
}

export function canReadInspection(
	user: User,
	submission: { inspectorId: string; agencyId: string },
	agencies: readonly Agency[]
): boolean {
	if (user.disabled) return false;
	switch (user.role) {
		case 'admin':
			return true;
		case 'inspector':
			return submission.inspectorId === user.id;
		case 'supervisor':
			return jurisdictionOf(user, agencies).has(submission.agencyId);
	}
}

/** Returning or approving an inspection of this agency. */
export function canReview(user: User, agencyId: string, agencies: readonly Agency[]): boolean {
	return user.role === 'supervisor' && jurisdictionOf(user, agencies).has(agencyId);
}

/** Sending an inspection as this inspector: only the inspector themself. */
export function canSubmitAs(user: User, inspectorId: string): boolean {
	return !user.disabled && user.role === 'inspector' && user.id === inspectorId;
}

/**
 * Bringing in an inspector's exported file of pending inspections for this agency: custody, not a
 * review, so an admin may too; a supervisor only within their jurisdiction.
 */
export function canImportFor(user: User, agencyId: string, agencies: readonly Agency[]): boolean {
	if (user.disabled) return false;
	return user.role === 'admin' || (user.role === 'supervisor' && jurisdictionOf(user, agencies).has(agencyId));
}

export function canManageUsers(user: User): boolean {
	return !user.disabled && user.role === 'admin';
}
