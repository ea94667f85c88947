import type { Agency } from '$lib/domain/agency';
import type { SessionUser } from '$lib/domain/session';
import type { User } from '../store/records';

/** A user as the device may see it: no timestamps, no flags, the jurisdiction with its name. */
export function sessionUser(user: User, agencies: readonly Agency[]): SessionUser {
	const jurisdiction = user.jurisdictionId === null ? null : agencies.find((a) => a.id === user.jurisdictionId);
	return {
		id: user.id,
		username: user.username,
		displayName: user.displayName,
		role: user.role,
		jurisdiction: user.jurisdictionId === null ? null : { id: user.jurisdictionId, name: jurisdiction?.name ?? user.jurisdictionId }
	};
}
