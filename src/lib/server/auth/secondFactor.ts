import type { Store } from '../store/Store';
import type { Role, User } from '../store/records';
import { countFailure, failureKeys, waitOrRefuse } from './login';
import { newRecoveryCodes, recoveryCodeHash } from './recoveryCodes';
import { matchTotp, newTotpSecret } from './totp';

/**
 * The second factor at sign-in. After the right password an account with a TOTP gives a code (or a
 * recovery code); an account of a role in TOTP_REQUIRED_ROLES without one enrols first. A wrong
 * code counts as a failed sign-in (login.ts: per account and address, per address, and the
 * account's growing delay), and on top of that an account takes at most CODE_LIMIT wrong codes in
 * the window: whoever gets this far has the password, and 10 guesses in 15 minutes at 3 valid codes
 * in a million (the window) would take decades. Sessions already open are never touched, so a
 * phone offline for days stays signed in.
 */
export const CODE_LIMIT = { limit: 10, windowMs: 15 * 60 * 1000 } as const;

export type SecondFactorStep = 'code' | 'enrol';

/** What the user must still do after the right password: nothing (null), give a code, or enrol. */
export async function secondFactorStep(store: Store, user: User, requiredRoles: readonly Role[]): Promise<SecondFactorStep | null> {
	if (await store.getSecondFactor(user.id)) return 'code';
	return requiredRoles.includes(user.role) ? 'enrol' : null;
}

/** The secret offered at enrolment, kept with the challenge until a code proves the app has it. */
export function enrolmentSecret(step: SecondFactorStep): string | null {
	return step === 'enrol' ? newTotpSecret() : null;
}

export type CodeInput = { code: string } | { recoveryCode: string };

export type CodeResult =
	| { ok: true; usedRecoveryCode: boolean }
	| { ok: false; reason: 'throttled'; retryAfterMs: number }
	/** Wrong, already used (same time step or recovery code), or the second factor was reset meanwhile. */
	| { ok: false; reason: 'invalid' };

export async function checkSecondFactor(store: Store, user: User, input: CodeInput, address: string, now: Date): Promise<CodeResult> {
	const guarded = await guard(store, user, address, now);
	if (!guarded.ok) return guarded.result;
	const factor = await store.getSecondFactor(user.id);
	let accepted = false;
	if (factor && 'recoveryCode' in input) {
		const hash = recoveryCodeHash(input.recoveryCode);
		accepted = hash !== null && (await store.useRecoveryCode(user.id, hash, now));
	} else if (factor && 'code' in input) {
		const step = matchTotp(factor.secret, input.code, now);
		// The store moves last_step on only for a later step: a code seen once is spent.
		accepted = step !== null && (await store.useTotpStep(user.id, step));
	}
	if (!accepted) {
		await guarded.fail();
		return { ok: false, reason: 'invalid' };
	}
	return { ok: true, usedRecoveryCode: 'recoveryCode' in input };
}

export type EnrolResult =
	| { ok: true; recoveryCodes: string[] }
	| { ok: false; reason: 'throttled'; retryAfterMs: number }
	| { ok: false; reason: 'invalid' }
	/** Another enrolment of the account finished first. */
	| { ok: false; reason: 'already-enrolled' };

/** Enrols the pending secret once a code from it proves the app holds it; the recovery codes are returned once. */
export async function completeEnrolment(store: Store, user: User, pendingSecret: string, code: string, address: string, now: Date): Promise<EnrolResult> {
	const guarded = await guard(store, user, address, now);
	if (!guarded.ok) return guarded.result;
	const step = matchTotp(pendingSecret, code, now);
	if (step === null) {
		await guarded.fail();
		return { ok: false, reason: 'invalid' };
	}
	const recoveryCodes = newRecoveryCodes();
	const hashes = recoveryCodes.map((c) => recoveryCodeHash(c) as string);
	if (!(await store.enrolSecondFactor({ userId: user.id, secret: pendingSecret, step, recoveryCodeHashes: hashes }, now))) {
		return { ok: false, reason: 'already-enrolled' };
	}
	return { ok: true, recoveryCodes };
}

type Guarded =
	| { ok: true; fail: () => Promise<void> }
	| { ok: false; result: { ok: false; reason: 'throttled'; retryAfterMs: number } };

/** The sign-in limits plus the account's own limit on wrong codes; `fail` counts one on all of them. */
async function guard(store: Store, user: User, address: string, now: Date): Promise<Guarded> {
	const keys = failureKeys(user.username, address);
	const codeKey = `totp:fail:user:${user.id}`;
	const codes = await store.peekRateLimit(codeKey, CODE_LIMIT.limit, CODE_LIMIT.windowMs, now);
	if (!codes.allowed) return { ok: false, result: { ok: false, reason: 'throttled', retryAfterMs: codes.retryAfterMs } };
	const throttled = await waitOrRefuse(store, keys, now);
	if (throttled) return { ok: false, result: throttled };
	return {
		ok: true,
		fail: async () => {
			await Promise.all([countFailure(store, keys, now), store.hitRateLimit(codeKey, CODE_LIMIT.limit, CODE_LIMIT.windowMs, now)]);
		}
	};
}
