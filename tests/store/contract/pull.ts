import { expect, it } from 'vitest';
import type { PullFollow } from '$lib/domain/pullFollow';
import type { PullResponse } from '$lib/domain/sync';
import type { Store } from '$lib/server/store/Store';
import type { User } from '$lib/server/store/records';
import { catalogSnapshot } from '$lib/server/sync/catalogSnapshot';
import { pullChanges } from '$lib/server/sync/pullChanges';
import { pullRecommendations } from '$lib/server/sync/pullRecommendations';
import { parsePullCursor, type PullCursor } from '$lib/server/sync/pullCursor';
import type { StoreContext } from '../store.contract';
import { AGENCIES, T0, later, newUser, template } from '../fixtures';
import { province } from '../pullFixtures';

/** What a phone keeps between pulls: the cursor, and the version of each agency it holds. */
class Phone {
	cursor: PullCursor = { seq: 0, catalog: null };
	held = new Map<string, string>();
	constructor(
		private readonly store: Store,
		private readonly user: User
	) {}
	async pull(follow: string[], now = later(2000)): Promise<PullResponse> {
		const asked: PullFollow = { follow, held: new Map(this.held) };
		const pulled = await pullChanges(this.store, this.user, this.cursor, asked, now);
		this.cursor = parsePullCursor(pulled.cursor) as PullCursor;
		for (const agency of pulled.recommendationUpdates?.agencies ?? []) this.held.set(agency.agencyId, agency.version);
		for (const id of pulled.recommendationUpdates?.dropped ?? []) this.held.delete(id);
		return pulled;
	}
}

const openByAgency = (pulled: PullResponse) =>
	Object.fromEntries((pulled.recommendationUpdates?.agencies ?? []).map((a) => [a.agencyId, a.open.map((r) => r.id).sort()]));

export function pullContract(ctx: () => StoreContext): void {
	it('a pull brings the recommendations of the agencies the phone needs, then only those that changed', async () => {
		const { store } = ctx();
		const { an } = await province(store);
		const phone = new Phone(store, an);

		// First pull: so-noi-vu, opened on the phone while online, and xa-a, which an inspected lately. Not tinh.
		const first = await phone.pull(['so-noi-vu']);
		expect(openByAgency(first)).toEqual({ 'so-noi-vu': ['r-so-1', 'r-so-2'], 'xa-a': ['r-xa-1'] });
		expect(first.recommendations).toBeUndefined();

		// Nothing changed: nothing about recommendations, and a response of a few hundred bytes.
		const steady = await phone.pull(['so-noi-vu']);
		expect(steady.recommendationUpdates).toBeUndefined();
		expect(new TextEncoder().encode(JSON.stringify(steady)).length).toBeLessThan(1024);

		// Fixed elsewhere (a supervisor, or another inspector's follow-up): so-noi-vu comes again without it.
		await store.updateRecommendation('r-so-1', { status: 'fixed', note: 'Đã khắc phục', by: 'Giám sát', action: 'status' }, later(3000));
		const afterFix = await phone.pull(['so-noi-vu']);
		expect(openByAgency(afterFix)).toEqual({ 'so-noi-vu': ['r-so-2'] });

		// A new deadline is a change too; one in an agency the phone does not follow is not.
		await store.updateRecommendation('r-so-2', { action: 'deadline', deadline: '2026-05-01T16:59:59.999Z', note: '', by: 'Giám sát' }, later(4000));
		await store.updateRecommendation('r-tinh-1', { status: 'fixed', note: '', by: 'Giám sát', action: 'status' }, later(4000));
		const afterDeadline = await phone.pull(['so-noi-vu']);
		expect(afterDeadline.recommendationUpdates?.agencies.map((a) => [a.agencyId, a.open[0]?.deadline])).toEqual([['so-noi-vu', '2026-05-01T16:59:59.999Z']]);
		expect((await phone.pull(['so-noi-vu'])).recommendationUpdates).toBeUndefined();

		// No longer followed: the phone is told to drop it; xa-a (recent on the server) stays.
		const unfollowed = await phone.pull([]);
		expect(unfollowed.recommendationUpdates).toEqual({ agencies: [], dropped: ['so-noi-vu'] });
		expect([...phone.held.keys()]).toEqual(['xa-a']);
	});

	it('a phone of an app version before per-agency pulls still gets every open recommendation, as before', async () => {
		const { store } = ctx();
		const { an } = await province(store);
		const legacy = await pullChanges(store, an, { seq: 0, catalog: null }, null, later(2000));
		expect(legacy.recommendations?.map((r) => r.id).sort()).toEqual(['r-so-1', 'r-so-2', 'r-tinh-1', 'r-xa-1']);
		expect(legacy.recommendationUpdates).toBeUndefined();
		// Its stored cursor (of the same format) works with a phone that now sends what it follows.
		const upgraded = await pullChanges(store, an, parsePullCursor(legacy.cursor) as PullCursor, { follow: [], held: new Map() }, later(2000));
		expect(openByAgency(upgraded)).toEqual({ 'xa-a': ['r-xa-1'] });
		expect(upgraded.templates).toEqual([]);
		// Supervisors keep none.
		const supervisor = await store.createUser(newUser('gs.xa', 'supervisor', 'xa-a'), T0);
		expect((await pullChanges(store, supervisor, { seq: 0, catalog: null }, { follow: ['xa-a'], held: new Map() })).recommendationUpdates).toBeUndefined();
	});

	it('keeps per agency a version that moves with every new or changed recommendation, and the catalog a version that moves with any agency or template', async () => {
		const { store } = ctx();
		const { binh } = await province(store);
		const before = await store.recommendationVersions(['so-noi-vu', 'xa-a', 'xa-a.mot-cua']);
		expect(Object.fromEntries(before)).toEqual({ 'so-noi-vu': '2', 'xa-a': '1' });
		await store.updateRecommendation('r-so-1', { status: 'open', note: 'Mở lại', by: 'Giám sát', action: 'status' }, later(3000));
		expect(Object.fromEntries(await store.recommendationVersions(['so-noi-vu', 'xa-a']))).toEqual({ 'so-noi-vu': '3', 'xa-a': '1' });
		expect(await store.recentAgencies(binh.id, '2026-01-01T00:00:00.000Z', 10)).toEqual(expect.arrayContaining(['so-noi-vu', 'tinh']));
		expect(await store.recentAgencies(binh.id, '2026-03-01T00:00:00.000Z', 10)).toEqual([]);

		// The catalog is read and hashed once per version, whichever app server changed it.
		const snapshot = await catalogSnapshot(store);
		expect(await catalogSnapshot(store)).toBe(snapshot);
		const version = await store.catalogVersion();
		await store.putAgencies([{ ...(AGENCIES[3] as (typeof AGENCIES)[number]), name: 'Sở Nội vụ (mới)' }], later(5000));
		expect(await store.catalogVersion()).toBeGreaterThan(version);
		const renamed = await catalogSnapshot(store);
		expect(renamed.fingerprint).not.toBe(snapshot.fingerprint);
		await store.putTemplate(template(2), later(6000));
		const withTemplate = await catalogSnapshot(store);
		expect(withTemplate.templates.map((t) => `${t.id}@${t.version}`)).toContain('kiem-tra-thu@2');
		expect(withTemplate.fingerprint).not.toBe(renamed.fingerprint);
	});

	it('a first pull over the budget brings whole agencies and says more; the next pulls bring the rest', async () => {
		const { store } = ctx();
		const { an } = await province(store);
		const snapshot = await catalogSnapshot(store);
		const held = new Map<string, string>();
		const pull = async () => {
			// A budget of one recommendation: so-noi-vu has two, xa-a one.
			const pulled = await pullRecommendations(store, an, { follow: ['so-noi-vu'], held: new Map(held) }, snapshot.agencyIds, later(2000), new Map(), 1);
			for (const agency of pulled.updates?.agencies ?? []) held.set(agency.agencyId, agency.version);
			return pulled;
		};

		// At least one whole agency even when it alone is over the budget; the other waits.
		const first = await pull();
		expect(first.updates?.agencies.map((a) => [a.agencyId, a.open.length])).toEqual([['so-noi-vu', 2]]);
		expect(first.more).toBe(true);
		const second = await pull();
		expect(second.updates?.agencies.map((a) => [a.agencyId, a.open.length])).toEqual([['xa-a', 1]]);
		expect(second.more).toBe(false);
		expect(await pull()).toEqual({ updates: null, more: false });
	});
}
