import { AgencyIdSchema } from './agencyId';

/**
 * Which agencies' recommendations a phone keeps, as the pull request carries them:
 *   follow=a,b          agencies the phone itself wants (recently used on it, or opened while online)
 *   held=a~35,c~0       agencies whose recommendations it holds, with the version it got for each
 * The server adds the agencies it knows the user needs (recently inspected, assigned), sends each
 * followed agency whose version differs from the one held, and names held agencies no longer followed.
 * A request without `held` comes from an app version before this protocol (it gets the whole list).
 */
export interface PullFollow {
	follow: string[];
	/** Agency id → version, as last received. */
	held: Map<string, string>;
}

/** Bounds that keep the request a few kilobytes (a URL) and the server's work per pull small. */
export const MAX_FOLLOW = 100;
export const MAX_HELD = 300;

const VERSION = /^\d{1,15}$/;
const agencyId = (id: string): boolean => AgencyIdSchema.safeParse(id).success;

export function formatPullFollow(follow: PullFollow): { follow: string; held: string } {
	return {
		follow: follow.follow.slice(0, MAX_FOLLOW).join(','),
		held: [...follow.held].slice(0, MAX_HELD).map(([id, version]) => `${id}~${version}`).join(',')
	};
}

/** null: an older app (no `held`); 'invalid': not of this format. */
export function parsePullFollow(follow: string | null, held: string | null): PullFollow | null | 'invalid' {
	if (held === null) return null;
	const ids = follow ? follow.split(',') : [];
	const pairs = held ? held.split(',').map((entry) => entry.split('~')) : [];
	if (ids.length > MAX_FOLLOW || pairs.length > MAX_HELD) return 'invalid';
	if (!ids.every(agencyId)) return 'invalid';
	const versions = new Map<string, string>();
	for (const pair of pairs) {
		const [id, version] = pair;
		if (pair.length !== 2 || id === undefined || version === undefined || !agencyId(id) || !VERSION.test(version)) return 'invalid';
		versions.set(id, version);
	}
	return { follow: [...new Set(ids)], held: versions };
}
