import type { Cookies } from '@sveltejs/kit';
import type { Role, User } from '../store/records';
import type { Store } from '../store/Store';
import { logIn } from './login';
import { checkSecondFactor, enrolmentSecret, secondFactorStep, type CodeInput, type SecondFactorStep } from './secondFactor';
import { signIn } from './signIn';
import { currentChallenge, finishChallenge, startChallenge } from './signInChallenge';

/**
 * The two steps of a sign-in (password, then a second factor where the account has one), shared by
 * the JSON endpoints (/api/auth/login, /api/auth/second-factor: the page's script) and the sign-in
 * page's plain HTML forms (a tap before the script has arrived). Each caller only turns the outcome
 * into its own answer (JSON error or form message), so limits, throttling, challenges and sessions
 * are the same whichever way the inspector signs in.
 */

/** Where the request comes from and what the deployment asks for. */
export interface SignInRequest {
	store: Store;
	cookies: Cookies;
	url: URL;
	address: string;
	now: Date;
	totpRequiredRoles: readonly Role[];
	sessionDays: number;
}

export type SignInOutcome =
	/** A session was started and its cookie set. */
	| { kind: 'signed-in'; user: User }
	/** The password was right; a sign-in challenge cookie waits for a code or an enrolment. */
	| { kind: 'second-factor'; step: SecondFactorStep }
	| { kind: 'throttled'; retryAfterMs: number }
	/** Wrong username, password or code (deliberately not told apart). */
	| { kind: 'invalid' }
	/** No sign-in waits for a code on this device (never began, expired, finished elsewhere). */
	| { kind: 'expired' };

export type PasswordOutcome = Exclude<SignInOutcome, { kind: 'expired' }>;
export type CodeOutcome = Exclude<SignInOutcome, { kind: 'second-factor' }>;

export async function signInWithPassword(request: SignInRequest, credentials: { username: string; password: string }): Promise<PasswordOutcome> {
	const { store, cookies, url, now } = request;
	const result = await logIn(store, { ...credentials, address: request.address }, now);
	if (!result.ok) return result.reason === 'throttled' ? { kind: 'throttled', retryAfterMs: result.retryAfterMs } : { kind: 'invalid' };
	const step = await secondFactorStep(store, result.user, request.totpRequiredRoles);
	if (step) {
		await startChallenge(store, cookies, url, result.user, enrolmentSecret(step), now);
		return { kind: 'second-factor', step };
	}
	await signIn(store, cookies, url, result.user, now, request.sessionDays);
	return { kind: 'signed-in', user: result.user };
}

/** The code (or recovery code) after the password. An enrolment is finished by its own endpoint. */
export async function signInWithCode(request: SignInRequest, input: CodeInput): Promise<CodeOutcome> {
	const { store, cookies, url, now } = request;
	const open = await currentChallenge(store, cookies, now);
	if (!open || open.challenge.pendingSecret !== null) return { kind: 'expired' };
	const result = await checkSecondFactor(store, open.user, input, request.address, now);
	if (!result.ok) return result.reason === 'throttled' ? { kind: 'throttled', retryAfterMs: result.retryAfterMs } : { kind: 'invalid' };
	// Another request finished this challenge first: this one must not sign in too.
	if (!(await finishChallenge(store, cookies, url, open.challenge))) return { kind: 'expired' };
	await signIn(store, cookies, url, open.user, now, request.sessionDays);
	return { kind: 'signed-in', user: open.user };
}
