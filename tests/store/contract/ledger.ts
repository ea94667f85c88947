import { expect, it } from 'vitest';
import { verifyLedger } from '$lib/server/ledger/verifyLedger';
import { entryHash, GENESIS_HASH } from '$lib/server/store/ledger/ledgerEntries';
import type { StoreContext } from '../store.contract';
import { later, newUser, seeded, submission, T0 } from '../fixtures';

const KEY = '{"crv":"P-256","kty":"EC","x":"AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA","y":"BBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBB"}';
const DEVICE = '0190a6b2-0000-7000-8000-00000000d0e5';

export function ledgerContract(ctx: () => StoreContext): void {
	it('registers a device key once: the same key again is a retry, another key or account under its id is refused', async () => {
		const { store } = ctx();
		const { an, binh } = await seeded(store);
		const first = await store.registerDevice({ id: DEVICE, userId: an.id, publicKey: KEY, label: 'Android · Chrome' }, T0);
		expect(first).toMatchObject({ outcome: 'created', device: { id: DEVICE, userId: an.id, firstSeenAt: T0.toISOString(), lastSeenAt: T0.toISOString(), revokedAt: null } });
		expect((await store.registerDevice({ id: DEVICE, userId: an.id, publicKey: KEY, label: 'khác' }, later(1000))).outcome).toBe('exists');
		expect(await store.registerDevice({ id: DEVICE, userId: binh.id, publicKey: KEY, label: '' }, later(1000))).toEqual({ outcome: 'conflict', device: null });
		expect((await store.registerDevice({ id: DEVICE, userId: an.id, publicKey: KEY.replace('AAAA', 'CCCC'), label: '' }, later(1000))).outcome).toBe('conflict');
		expect((await store.listDevices(an.id)).map((d) => d.label)).toEqual(['Android · Chrome']);
		expect(await store.listDevices(binh.id)).toEqual([]);
		expect(await store.listDevices(null)).toHaveLength(1);
	});

	it('moves last seen forward only, and revokes once (what it signed before stays)', async () => {
		const { store } = ctx();
		const { an } = await seeded(store);
		const admin = await store.createUser(newUser('qt', 'admin'), T0);
		await store.registerDevice({ id: DEVICE, userId: an.id, publicKey: KEY, label: 'iPhone/iPad · Safari' }, T0);
		await store.touchDevice(DEVICE, later(5000));
		await store.touchDevice(DEVICE, later(1000));
		expect((await store.getDevice(DEVICE))?.lastSeenAt).toBe(later(5000).toISOString());
		const revoked = await store.revokeDevice(DEVICE, admin.id, later(6000));
		expect(revoked).toMatchObject({ revokedAt: later(6000).toISOString(), revokedBy: admin.id });
		expect(await store.revokeDevice(DEVICE, admin.id, later(7000))).toEqual(revoked);
		await expect(store.revokeDevice('0190a6b2-0000-7000-8000-000000000000', admin.id, T0)).rejects.toThrow(/does not exist/);
		const bodies = (await store.readLedger(0, 100)).map((e) => JSON.parse(e.body) as { kind: string; change?: string });
		expect(bodies.map((b) => [b.kind, b.change])).toEqual([
			['device', 'registered'],
			['device', 'revoked']
		]);
	});

	it('chains every accepted revision, trail event and recommendation change; verify finds all of it in order', async () => {
		const { store } = ctx();
		const { an } = await seeded(store);
		const supervisor = await store.createUser(newUser('gs', 'supervisor', 'tinh'), T0);
		expect(await store.ledgerHead()).toBeNull();
		const one = submission(an);
		const [stored] = await store.putSubmissions([one, one], T0);
		// A duplicate adds nothing.
		await store.putSubmissions([one], later(1000));
		await store.appendEvent({ inspectionId: one.inspectionId, revision: 1, actorId: supervisor.id, action: 'approved', comment: 'Tốt', itemComments: {} }, later(2000), 'approved', [
			{ id: 'r-1', inspectionId: one.inspectionId, revision: 1, agencyId: 'xa-a.mot-cua', itemId: 'gio-lam-viec', itemText: 'Giờ', what: 'Giờ làm việc', deadline: '2026-04-01T16:59:59.999Z', by: supervisor.id }
		]);
		await store.updateRecommendation('r-1', { status: 'fixed', note: 'Đã sửa', by: 'Giám sát', action: 'status' }, later(3000));

		const entries = await store.readLedger(0, 100);
		expect(entries.map((e) => [e.seq, (JSON.parse(e.body) as { kind: string }).kind])).toEqual([
			[1, 'revision'],
			[2, 'event'],
			[3, 'event'],
			[4, 'recommendation'],
			[5, 'recommendation']
		]);
		expect(JSON.parse(entries[1]?.body ?? '{}')).toMatchObject({ kind: 'event', action: 'submitted', actorId: an.id });
		expect(JSON.parse(entries[0]?.body ?? '{}')).toMatchObject({ inspectionId: one.inspectionId, revision: 1, contentHash: stored && 'contentHash' in stored ? stored.contentHash : 'missing' });
		let prev = GENESIS_HASH;
		for (const e of entries) {
			expect(e.prevHash).toBe(prev);
			expect(e.hash).toBe(entryHash(e.prevHash, e.body));
			prev = e.hash;
		}
		expect(await store.ledgerHead()).toEqual({ seq: 5, hash: prev });
		expect(await store.readLedger(3, 1)).toEqual([entries[3]]);

		const report = await verifyLedger(store, { heads: [entries[1]?.hash ?? '', 'f'.repeat(64)] });
		expect(report).toMatchObject({ ok: true, entries: 5, head: prev, failure: null, checked: { revisions: 1, events: 2, recommendations: 1 } });
		expect(report.heads).toEqual({ [entries[1]?.hash ?? '']: true, ['f'.repeat(64)]: false });
		expect(await store.countRecords()).toEqual({ submissions: 1, events: 2, recommendations: 1, devices: 0, conclusions: 0 });
	});

	it('keeps one chain when writers race (several app servers on PostgreSQL)', async () => {
		const { store } = ctx();
		const { an, binh } = await seeded(store);
		await Promise.all([
			...Array.from({ length: 6 }, () => store.putSubmissions([submission(an), submission(binh)], T0)),
			store.registerDevice({ id: DEVICE, userId: an.id, publicKey: KEY, label: '' }, T0)
		]);
		const report = await verifyLedger(store);
		expect(report).toMatchObject({ ok: true, entries: 6 * 2 * 2 + 1 });
		expect(report.failure).toBeNull();
	});

	it('verifies while the server keeps working: a record stored after the walk reached the end is not reported missing', async () => {
		const { store } = ctx();
		const { an, binh } = await seeded(store);
		await store.putSubmissions([submission(an)], T0);
		// A sync lands between verify's walk of the ledger and its check of the stored rows.
		let landed = false;
		const busy = new Proxy(store, {
			get(target, key, receiver) {
				if (key !== 'getSubmission') return Reflect.get(target, key, receiver) as unknown;
				return async (inspectionId: string, revision: number) => {
					if (!landed) {
						landed = true;
						await target.putSubmissions([submission(binh)], later(1000));
					}
					return target.getSubmission(inspectionId, revision);
				};
			}
		});
		const report = await verifyLedger(busy);
		expect(landed).toBe(true);
		expect(report).toMatchObject({ ok: true, entries: 4, failure: null, checked: { revisions: 2 } });
	});

	it('enters rows stored before the ledger existed once, while the ledger is empty', async () => {
		const { store } = ctx();
		expect(await store.backfillLedger(T0)).toBe(0);
		const { an } = await seeded(store);
		await store.putSubmissions([submission(an)], T0);
		// Already in the ledger (written by this version): nothing to enter.
		expect(await store.backfillLedger(later(1000))).toBe(0);
		expect((await verifyLedger(store)).ok).toBe(true);
	});
}
