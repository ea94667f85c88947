import type { Store } from '../store/Store';
import type { User } from '../store/records';
import { assignedAgencyIds } from '../plans/assignments';

/** "Lately": the user's latest inspections, within this many days (a follow-up visit comes within months). */
export const RECENT_DAYS = 180;
export const RECENT_INSPECTIONS = 200;
/** Most agencies one phone keeps recommendations for (bounds each pull's work and a first pull's size). */
export const MAX_FOLLOWED = 200;

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Agencies whose open recommendations this inspector's phone keeps: those the phone asks for (used
 * on it, or opened while online), those the user inspected lately (a new phone knows none), and
 * those assigned to the user by inspection plans (plans/assignments.ts). Unknown agencies are left out. Order: the phone's, then recent, then
 * assigned, so the cap drops the least likely visits. A followed agency that was merged or split
 * brings its successor, which holds its open recommendations now.
 */
export async function followedAgencies(
	store: Store,
	user: User,
	asked: readonly string[],
	known: ReadonlySet<string>,
	now: Date,
	/** Merged or split agencies → the agency that carries them on today: its open recommendations include theirs. */
	successorOf: ReadonlyMap<string, string> = new Map()
): Promise<string[]> {
	const since = new Date(now.getTime() - RECENT_DAYS * DAY_MS).toISOString();
	const [recent, assigned] = await Promise.all([store.recentAgencies(user.id, since, RECENT_INSPECTIONS), assignedAgencyIds(store, user, now)]);
	const followed = new Set<string>();
	for (const id of [...asked, ...recent, ...assigned]) {
		if (followed.size >= MAX_FOLLOWED) break;
		if (!known.has(id)) continue;
		followed.add(id);
		const heir = successorOf.get(id);
		if (heir && followed.size < MAX_FOLLOWED) followed.add(heir);
	}
	return [...followed];
}
