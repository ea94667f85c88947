import type { Store } from '../store/Store';
import type { Role, User } from '../store/records';
import type { AccountAction } from '../store/secondFactorRecords';

export interface AccountSecurity {
	secondFactor: {
		enrolled: boolean;
		enrolledAt: string | null;
		recoveryCodesLeft: number;
		/** The account's role is in TOTP_REQUIRED_ROLES: without one it enrols at its next sign-in. */
		required: boolean;
	};
	/** The account's trail, newest first, with the actor's name. */
	trail: { action: AccountAction; at: string; actor: string | null }[];
}

/** What the admin's account page shows of the second factor; never the secret. */
export async function accountSecurity(store: Store, user: User, requiredRoles: readonly Role[]): Promise<AccountSecurity> {
	const [factor, events] = await Promise.all([store.getSecondFactor(user.id), store.listAccountEvents(user.id)]);
	const names = new Map<string, string>();
	for (const id of new Set(events.map((e) => e.actorId))) {
		if (id !== null) names.set(id, (await store.getUser(id))?.displayName ?? id);
	}
	return {
		secondFactor: {
			enrolled: factor !== null,
			enrolledAt: factor?.enrolledAt ?? null,
			recoveryCodesLeft: factor?.recoveryCodesLeft ?? 0,
			required: requiredRoles.includes(user.role)
		},
		trail: events.reverse().map((e) => ({ action: e.action, at: e.at, actor: e.actorId === null ? null : (names.get(e.actorId) ?? null) }))
	};
}
