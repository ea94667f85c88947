import { Secret, TOTP } from 'otpauth';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Store } from '../store/Store';
import type { User } from '../store/records';
import { temporaryStore } from '../store/sqlite/temporaryStore';
import { createAccount } from './accounts';
import { LOGIN_LIMITS } from './login';
import { CODE_LIMIT, checkSecondFactor, completeEnrolment, secondFactorStep } from './secondFactor';
import { newTotpSecret } from './totp';

const FAST = { ln: 10, r: 8, p: 1 };
const NOW = new Date('2026-03-02T01:00:10Z');
const ADDRESS = '10.0.0.1';
const codeAt = (secret: string, at: Date) => TOTP.generate({ secret: Secret.fromBase32(secret), timestamp: at.getTime() });
const after = (ms: number) => new Date(NOW.getTime() + ms);

describe('the second factor at sign-in', () => {
	let store: Store;
	let dispose: () => Promise<void>;
	let user: User;
	let secret: string;
	let recoveryCodes: string[];

	beforeEach(async () => {
		({ store, dispose } = await temporaryStore());
		user = await createAccount(store, { username: 'quantri', displayName: 'Quản trị', role: 'admin', jurisdictionId: null, password: 'Tuyên Quang 2026' }, NOW, FAST);
		secret = newTotpSecret();
		const enrolled = await completeEnrolment(store, user, secret, codeAt(secret, NOW), ADDRESS, NOW);
		if (!enrolled.ok) throw new Error(`enrolment failed: ${enrolled.reason}`);
		recoveryCodes = enrolled.recoveryCodes;
	});
	afterEach(() => dispose());

	it('asks a code of an enrolled account, enrolment of a required role, nothing of the others', async () => {
		expect(await secondFactorStep(store, user, [])).toBe('code');
		const inspector = await createAccount(store, { username: 'thanhtra', displayName: 'T', role: 'inspector', jurisdictionId: null, password: 'Tuyên Quang 2026' }, NOW, FAST);
		expect(await secondFactorStep(store, inspector, ['admin', 'supervisor'])).toBeNull();
		expect(await secondFactorStep(store, inspector, ['inspector'])).toBe('enrol');
	});

	it('refuses at enrolment a code the pending secret did not make, and a second enrolment', async () => {
		const other = await createAccount(store, { username: 'giamsat', displayName: 'G', role: 'admin', jurisdictionId: null, password: 'Tuyên Quang 2026' }, NOW, FAST);
		const pending = newTotpSecret();
		expect(await completeEnrolment(store, other, pending, codeAt(newTotpSecret(), NOW), ADDRESS, NOW)).toEqual({ ok: false, reason: 'invalid' });
		expect(await completeEnrolment(store, user, pending, codeAt(pending, NOW), ADDRESS, NOW)).toEqual({ ok: false, reason: 'already-enrolled' });
		expect((await store.getSecondFactor(user.id))?.secret).toBe(secret);
	});

	it('takes a code of the next steps once each, and refuses the enrolment code and any code seen before', async () => {
		// The code that completed enrolment is spent.
		expect(await checkSecondFactor(store, user, { code: codeAt(secret, NOW) }, ADDRESS, NOW)).toEqual({ ok: false, reason: 'invalid' });
		const next = after(30_000);
		expect(await checkSecondFactor(store, user, { code: codeAt(secret, next) }, ADDRESS, next)).toEqual({ ok: true, usedRecoveryCode: false });
		expect(await checkSecondFactor(store, user, { code: codeAt(secret, next) }, ADDRESS, next)).toEqual({ ok: false, reason: 'invalid' });
		// The previous step's code is still inside the window, but older than the one used: refused.
		const later = after(60_000);
		expect(await checkSecondFactor(store, user, { code: codeAt(secret, next) }, ADDRESS, later)).toEqual({ ok: false, reason: 'invalid' });
		expect(await checkSecondFactor(store, user, { code: codeAt(secret, later) }, ADDRESS, later)).toMatchObject({ ok: true });
	});

	it('takes each recovery code once, in any case, and records its use', async () => {
		const [first, second] = recoveryCodes as [string, string];
		expect(await checkSecondFactor(store, user, { recoveryCode: first.toUpperCase() }, ADDRESS, NOW)).toEqual({ ok: true, usedRecoveryCode: true });
		expect(await checkSecondFactor(store, user, { recoveryCode: first }, ADDRESS, NOW)).toEqual({ ok: false, reason: 'invalid' });
		expect(await checkSecondFactor(store, user, { recoveryCode: second }, ADDRESS, NOW)).toMatchObject({ ok: true });
		expect((await store.getSecondFactor(user.id))?.recoveryCodesLeft).toBe(8);
		expect((await store.listAccountEvents(user.id)).map((e) => e.action)).toEqual(['second-factor-enrolled', 'recovery-code-used', 'recovery-code-used']);
	});

	it('counts a wrong code as a failed sign-in and stops guessing after ten, even the right code', async () => {
		for (let i = 0; i < CODE_LIMIT.limit; i++) {
			expect(await checkSecondFactor(store, user, { code: '000000' }, `10.0.1.${i}`, NOW)).toEqual({ ok: false, reason: 'invalid' });
		}
		const pair = await store.peekRateLimit(`login:fail:pair:quantri:10.0.1.0`, LOGIN_LIMITS.perUsernameAndAddress.limit, LOGIN_LIMITS.perUsernameAndAddress.windowMs, NOW);
		expect(pair.hits).toBe(1);
		const next = after(30_000);
		const refused = await checkSecondFactor(store, user, { code: codeAt(secret, next) }, '10.0.2.1', next);
		expect(refused).toMatchObject({ ok: false, reason: 'throttled' });
		expect(refused.ok === false && refused.reason === 'throttled' && refused.retryAfterMs).toBeGreaterThan(0);
		expect(await checkSecondFactor(store, user, { recoveryCode: recoveryCodes[0] as string }, '10.0.2.1', next)).toMatchObject({ reason: 'throttled' });
		// The window passes: the right code works again.
		const afterWindow = after(CODE_LIMIT.windowMs + 30_000);
		expect(await checkSecondFactor(store, user, { code: codeAt(secret, afterWindow) }, '10.0.2.1', afterWindow)).toMatchObject({ ok: true });
	});

	it('refuses every code once an admin has reset the second factor', async () => {
		const admin = await createAccount(store, { username: 'admin2', displayName: 'A', role: 'admin', jurisdictionId: null, password: 'Tuyên Quang 2026' }, NOW, FAST);
		expect(await store.resetSecondFactor(user.id, admin.id, NOW)).toBe(true);
		const next = after(30_000);
		expect(await checkSecondFactor(store, user, { code: codeAt(secret, next) }, ADDRESS, next)).toEqual({ ok: false, reason: 'invalid' });
		expect(await checkSecondFactor(store, user, { recoveryCode: recoveryCodes[1] as string }, ADDRESS, next)).toEqual({ ok: false, reason: 'invalid' });
		expect(await secondFactorStep(store, user, ['admin'])).toBe('enrol');
	});
});
