import { expect, it } from 'vitest';
import type { StoreContext } from '../store.contract';
import { MINUTE, T0, later, newUser } from '../fixtures';

const SECRET = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';
const HASHES = Array.from({ length: 10 }, (_, i) => `${i}`.repeat(64));

export function secondFactorContract(ctx: () => StoreContext): void {
	it('enrols a second factor once, with its recovery codes, and records it in the account trail', async () => {
		const { store } = ctx();
		const an = await store.createUser(newUser('an', 'admin'), T0);
		expect(await store.getSecondFactor(an.id)).toBeNull();
		expect(await store.enrolSecondFactor({ userId: an.id, secret: SECRET, step: 100, recoveryCodeHashes: HASHES }, T0)).toBe(true);
		expect(await store.getSecondFactor(an.id)).toEqual({ secret: SECRET, lastStep: 100, enrolledAt: T0.toISOString(), recoveryCodesLeft: 10 });
		// A second enrolment finishing later changes nothing: the first secret stays.
		expect(await store.enrolSecondFactor({ userId: an.id, secret: 'OTHER', step: 200, recoveryCodeHashes: ['x'] }, later(MINUTE))).toBe(false);
		expect((await store.getSecondFactor(an.id))?.secret).toBe(SECRET);
		expect(await store.listAccountEvents(an.id)).toMatchObject([{ userId: an.id, actorId: an.id, action: 'second-factor-enrolled', at: T0.toISOString() }]);
		expect(JSON.stringify(await store.listUsers())).not.toContain(SECRET);
	});

	it('accepts each time step once and never an earlier one, even when two requests race', async () => {
		const { store } = ctx();
		const an = await store.createUser(newUser('an', 'admin'), T0);
		await store.enrolSecondFactor({ userId: an.id, secret: SECRET, step: 100, recoveryCodeHashes: HASHES }, T0);
		expect(await store.useTotpStep(an.id, 100)).toBe(false);
		const race = await Promise.all([store.useTotpStep(an.id, 101), store.useTotpStep(an.id, 101)]);
		expect(race.filter(Boolean)).toHaveLength(1);
		expect(await store.useTotpStep(an.id, 99)).toBe(false);
		expect(await store.useTotpStep(an.id, 103)).toBe(true);
		expect((await store.getSecondFactor(an.id))?.lastStep).toBe(103);
		expect(await store.useTotpStep('nobody', 500)).toBe(false);
	});

	it('spends a recovery code once, records each use, and keeps the others', async () => {
		const { store } = ctx();
		const an = await store.createUser(newUser('an', 'admin'), T0);
		await store.enrolSecondFactor({ userId: an.id, secret: SECRET, step: 1, recoveryCodeHashes: HASHES }, T0);
		const binh = await store.createUser(newUser('binh', 'admin'), T0);
		expect(await store.useRecoveryCode(binh.id, HASHES[0] as string, T0)).toBe(false);
		const race = await Promise.all([store.useRecoveryCode(an.id, HASHES[0] as string, later(MINUTE)), store.useRecoveryCode(an.id, HASHES[0] as string, later(MINUTE))]);
		expect(race.filter(Boolean)).toHaveLength(1);
		expect(await store.useRecoveryCode(an.id, 'f'.repeat(64), later(MINUTE))).toBe(false);
		expect((await store.getSecondFactor(an.id))?.recoveryCodesLeft).toBe(9);
		expect((await store.listAccountEvents(an.id)).map((e) => e.action)).toEqual(['second-factor-enrolled', 'recovery-code-used']);
		expect(await store.listAccountEvents(binh.id)).toEqual([]);
	});

	it('resets a second factor with its codes and pending sign-ins, recording the admin who did it', async () => {
		const { store } = ctx();
		const an = await store.createUser(newUser('an', 'supervisor', null), T0);
		const admin = await store.createUser(newUser('quantri', 'admin'), T0);
		expect(await store.resetSecondFactor(an.id, admin.id, T0)).toBe(false);
		await store.enrolSecondFactor({ userId: an.id, secret: SECRET, step: 1, recoveryCodeHashes: HASHES }, T0);
		await store.createSignInChallenge({ tokenHash: 'c'.repeat(64), userId: an.id, pendingSecret: null, expiresAt: later(5 * MINUTE).toISOString() }, T0);
		expect(await store.resetSecondFactor(an.id, admin.id, later(MINUTE))).toBe(true);
		expect(await store.getSecondFactor(an.id)).toBeNull();
		expect(await store.getSignInChallenge('c'.repeat(64), T0)).toBeNull();
		expect(await store.useRecoveryCode(an.id, HASHES[1] as string, later(MINUTE))).toBe(false);
		expect((await store.listAccountEvents(an.id)).map((e) => [e.action, e.actorId])).toEqual([
			['second-factor-enrolled', an.id],
			['second-factor-reset', admin.id]
		]);
		// Enrolled again afterwards: only the new codes count.
		expect(await store.enrolSecondFactor({ userId: an.id, secret: 'NEW', step: 5, recoveryCodeHashes: ['a'.repeat(64)] }, later(2 * MINUTE))).toBe(true);
		expect(await store.getSecondFactor(an.id)).toMatchObject({ secret: 'NEW', lastStep: 5, recoveryCodesLeft: 1 });
	});

	it('keeps a sign-in challenge until it expires or is finished, and finishes it once', async () => {
		const { store } = ctx();
		const an = await store.createUser(newUser('an', 'admin'), T0);
		const challenge = { tokenHash: 'a'.repeat(64), userId: an.id, pendingSecret: SECRET, expiresAt: later(10 * MINUTE).toISOString() };
		await store.createSignInChallenge(challenge, T0);
		expect(await store.getSignInChallenge(challenge.tokenHash, later(MINUTE))).toEqual(challenge);
		expect(await store.getSignInChallenge(challenge.tokenHash, later(10 * MINUTE))).toBeNull();
		expect(await store.getSignInChallenge('b'.repeat(64), T0)).toBeNull();
		const finished = await Promise.all([store.deleteSignInChallenge(challenge.tokenHash), store.deleteSignInChallenge(challenge.tokenHash)]);
		expect(finished.filter(Boolean)).toHaveLength(1);
		// An expired one is cleared when the next sign-in starts.
		await store.createSignInChallenge({ ...challenge, tokenHash: 'd'.repeat(64), expiresAt: later(MINUTE).toISOString() }, T0);
		await store.createSignInChallenge({ ...challenge, tokenHash: 'e'.repeat(64) }, later(2 * MINUTE));
		expect(await store.deleteSignInChallenge('d'.repeat(64))).toBe(false);
	});
}
