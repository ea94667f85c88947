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
/**
 * Open recommendations one pull carries at most, in whole agencies (always at least one): a new
 * phone's first pull for a busy province was 4.8 MB of JSON (30 agencies, ~5,000 open) in one
 * response. Beyond it the pull says `more` and the phone pulls again at once (client/sync), holding
 * the versions of what it got, so the next pull brings the agencies still different.
 */
export const RECOMMENDATIONS_PER_PULL = 500;
/** Agencies whose open recommendations are read in one statement while filling a pull. */
const AGENCIES_PER_READ = 20;

export interface PulledRecommendations {
	updates: RecommendationUpdates | null;
	/** Some changed agencies were left for the next pull (the budget was reached). */
	more: boolean;
}

export async function pullRecommendations(
	store: Store,
	user: User,
	follow: PullFollow,
	knownAgencies: ReadonlySet<string>,
	now: Date,
	successorOf: ReadonlyMap<string, string> = new Map(),
	budget = RECOMMENDATIONS_PER_PULL
): Promise<PulledRecommendations> {
	const followed = await followedAgencies(store, user, follow.follow, knownAgencies, now, successorOf);
	const versions = await store.recommendationVersions(followed);
	const changed = followed.filter((id) => follow.held.get(id) !== (versions.get(id) ?? NO_RECOMMENDATIONS));
	const following = new Set(followed);
	const dropped = [...follow.held.keys()].filter((id) => !following.has(id));
	if (changed.length === 0 && dropped.length === 0) return { updates: null, more: false };

	const agencies: AgencyRecommendations[] = [];
	let carried = 0;
	let more = false;
	fill: for (let at = 0; at < changed.length; at += AGENCIES_PER_READ) {
		const chunk = changed.slice(at, at + AGENCIES_PER_READ);
		const byAgency = new Map<string, StoredRecommendation[]>();
		for (const r of await store.listRecommendations({ agencyIds: chunk, status: 'open' })) {
			const list = byAgency.get(r.agencyId);
			if (list) list.push(r);
			else byAgency.set(r.agencyId, [r]);
		}
		for (const agencyId of chunk) {
			const open = byAgency.get(agencyId) ?? [];
			if (agencies.length > 0 && carried + open.length > budget) {
				more = true;
				break fill;
			}
			carried += open.length;
			agencies.push({ agencyId, version: versions.get(agencyId) ?? NO_RECOMMENDATIONS, open: open.map((r) => forDevice(r, now)) });
		}
	}
	return { updates: { agencies, ...(dropped.length > 0 ? { dropped } : {}) }, more };
}

/** The trail entries every app version can read: those before "deadline" existed parse the action strictly. */
const DEVICE_ACTIONS: ReadonlySet<string> = new Set(['created', 'status', 'follow-up']);

/** A recommendation as devices get it: the current deadline, and only the trail entries they can read (they show none). */
export function forDevice(stored: StoredRecommendation, now: Date): Recommendation {
	const view = recommendationView(stored, now);
	return { ...view, history: view.history.filter((entry) => DEVICE_ACTIONS.has(entry.action)) };
}
