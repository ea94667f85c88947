/**
 * The second factor as the store keeps it (migration 5). The TOTP secret stays readable because
 * every code is checked against it, but it leaves the server only once, at enrolment.
 */

/** A user's enrolled TOTP; read only by the sign-in check. */
export interface SecondFactor {
	/** Base32, as authenticator apps take it. */
	secret: string;
	/** The time step of the last code accepted; a code of this step or earlier is refused (no replay). */
	lastStep: number;
	enrolledAt: string;
	recoveryCodesLeft: number;
}

export interface SecondFactorEnrolment {
	userId: string;
	secret: string;
	/** The step of the code that proved the enrolment: already used. */
	step: number;
	/** SHA-256 (hex) of each recovery code; the codes themselves are shown once and never stored. */
	recoveryCodeHashes: readonly string[];
}

/** Between the right password and the second factor. Only the SHA-256 of the cookie's token is kept. */
export interface SignInChallenge {
	tokenHash: string;
	userId: string;
	/** The secret offered for enrolment (no second factor yet), else null. */
	pendingSecret: string | null;
	expiresAt: string;
}

/** What an account's trail records. New actions need no migration (stored as text). */
export const ACCOUNT_ACTIONS = ['second-factor-enrolled', 'second-factor-reset', 'recovery-code-used'] as const;
export type AccountAction = (typeof ACCOUNT_ACTIONS)[number];

/** One entry of an account's append-only trail. */
export interface AccountEvent {
	id: number;
	userId: string;
	/** Who did it: the user themself, or the admin who reset their second factor. */
	actorId: string | null;
	action: AccountAction;
	at: string;
}
