import type { Recommendation } from '$lib/domain/recommendation';
import type { PullFollow } from '$lib/domain/pullFollow';
import type { AgencyRecommendations, RecommendationUpdates } from '$lib/domain/sync';
import { recommendationView } from '../followUp/recommendationView';
import type { StoredRecommendation } from '../store/recommendationRecords';
import type { Store } from '../store/Store';
import type { User } from '../store/records';
import { followedAgencies } from './followedAgencies';

/** The version of an agency without any recommendation. */
export const NO_RECOMMENDATIONS = '0';

/**
 * The recommendations part of a pull, proportional to what changed for this phone: for each agency
 * it follows, the whole open set only when the agency's version differs from the one the phone
 * holds; the agencies it holds but no longer follows, to drop. Nothing at all when nothing changed.
 *
 * The version is read from the table's current state (not from a change log), so it needs no order
 * among commits and no cursor: whatever a phone missed, on whichever app server, shows as a
 * difference. Versions are read before the rows: a change in between sends rows newer than their
 * version, which the next pull sends again; never older rows under a newer version.
 */
export async function pullRecommendations(
	store: Store,
	user: User,
	follow: PullFollow,
	knownAgencies: ReadonlySet<string>,
	now: Date,
	successorOf: ReadonlyMap<string, string> = new Map()
): Promise<RecommendationUpdates | null> {
	const followed = await followedAgencies(store, user, follow.follow, knownAgencies, now, successorOf);
	const versions = await store.recommendationVersions(followed);
	const changed = followed.filter((id) => follow.held.get(id) !== (versions.get(id) ?? NO_RECOMMENDATIONS));
	const following = new Set(followed);
	const dropped = [...follow.held.keys()].filter((id) => !following.has(id));
	if (changed.length === 0 && dropped.length === 0) return null;

	const open = changed.length === 0 ? [] : await store.listRecommendations({ agencyIds: changed, status: 'open' });
	const byAgency = new Map<string, StoredRecommendation[]>();
	for (const r of open) {
		const list = byAgency.get(r.agencyId);
		if (list) list.push(r);
		else byAgency.set(r.agencyId, [r]);
	}
	const agencies: AgencyRecommendations[] = changed.map((agencyId) => ({
		agencyId,
		version: versions.get(agencyId) ?? NO_RECOMMENDATIONS,
		open: (byAgency.get(agencyId) ?? []).map((r) => forDevice(r, now))
	}));
	return { agencies, ...(dropped.length > 0 ? { dropped } : {}) };
}

/** The trail entries every app version can read: those before "deadline" existed parse the action strictly. */
const DEVICE_ACTIONS: ReadonlySet<string> = new Set(['created', 'status', 'follow-up']);

/** A recommendation as devices get it: the current deadline, and only the trail entries they can read (they show none). */
export function forDevice(stored: StoredRecommendation, now: Date): Recommendation {
	const view = recommendationView(stored, now);
	return { ...view, history: view.history.filter((entry) => DEVICE_ACTIONS.has(entry.action)) };
}
