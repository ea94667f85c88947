import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parsePullFollow } from '$lib/domain/pullFollow';
import type { PullResponse } from '$lib/domain/sync';
import { InspectorDatabase } from '$lib/client/db/database';
import { openRecommendations } from '$lib/client/review/openRecommendations';
import { applyPull } from '$lib/client/sync/applyPull';
import { followAgency } from '$lib/client/sync/followedAgencies';
import { syncOnce } from '$lib/client/sync/syncOnce';
import type { Store } from '$lib/server/store/Store';
import type { User } from '$lib/server/store/records';
import { temporaryStore } from '$lib/server/store/sqlite/temporaryStore';
import { pullChanges } from '$lib/server/sync/pullChanges';
import { parsePullCursor } from '$lib/server/sync/pullCursor';
import { later } from '../store/fixtures';
import { province } from '../store/pullFixtures';

const NOW = later(2000);

/**
 * The phone's follow-up list of an agency (what the next inspection there shows offline) through
 * real pulls: the phone's sync code against the server's pull on a real store.
 */
describe('recommendations on the phone, pulled per agency', () => {
	let store: Store;
	let dispose: () => Promise<void>;
	let an: User;
	let db: InspectorDatabase;
	let name: string;
	const responses: PullResponse[] = [];
	const asked: string[] = [];

	const fetcher: typeof fetch = async (input) => {
		const url = new URL(String(input), 'http://phone.test');
		if (url.pathname !== '/api/sync/pull') return new Response('not found', { status: 404 });
		asked.push(url.searchParams.get('follow') ?? '');
		const follow = parsePullFollow(url.searchParams.get('follow'), url.searchParams.get('held'));
		const cursor = parsePullCursor(url.searchParams.get('cursor'));
		if (follow === 'invalid' || !cursor) return new Response('bad request', { status: 400 });
		const body = await pullChanges(store, an, cursor, follow, NOW);
		responses.push(body);
		return new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json' } });
	};
	const ids = async (agencyId: string) => (await openRecommendations(agencyId, db)).map((r) => r.id).sort();

	beforeEach(async () => {
		({ store, dispose } = await temporaryStore());
		({ an } = await province(store));
		name = `pull-${Math.random().toString(36).slice(2)}`;
		db = new InspectorDatabase(name);
		responses.length = 0;
		asked.length = 0;
	});
	afterEach(async () => {
		db.close();
		await Dexie.delete(name);
		await dispose();
	});

	it('an updated phone keeps the agencies it needs, and a recommendation fixed elsewhere leaves its list', async () => {
		// The app before this version pulled the whole province and kept a cursor of the same format.
		await applyPull(an.id, await pullChanges(store, an, { seq: 0, catalog: null }, null, NOW), db);
		expect(await ids('tinh')).toEqual(['r-tinh-1']);
		// so-noi-vu was used on this phone; xa-a is where an inspected lately (the server knows).
		await db.recentAgencies.put({ agencyId: 'so-noi-vu', usedAt: new Date().toISOString() });

		await syncOnce(an.id, undefined, fetcher, db);
		expect(asked).toEqual(['so-noi-vu']);
		expect(await ids('so-noi-vu')).toEqual(['r-so-1', 'r-so-2']);
		expect(await ids('xa-a')).toEqual(['r-xa-1']);
		// Not needed by this phone: no longer kept.
		expect(await ids('tinh')).toEqual([]);

		await store.updateRecommendation('r-so-1', { status: 'fixed', note: 'Đã khắc phục', by: 'Giám sát', action: 'status' }, later(3000));
		await syncOnce(an.id, undefined, fetcher, db);
		expect(await ids('so-noi-vu')).toEqual(['r-so-2']);
		expect(await ids('xa-a')).toEqual(['r-xa-1']);
		expect(responses.at(-1)?.recommendationUpdates?.agencies.map((a) => a.agencyId)).toEqual(['so-noi-vu']);

		// Nothing new: nothing about recommendations, and the phone's copy stays as it is.
		await syncOnce(an.id, undefined, fetcher, db);
		expect(responses.at(-1)?.recommendationUpdates).toBeUndefined();
		expect(await ids('so-noi-vu')).toEqual(['r-so-2']);
	});

	it('an agency opened while online comes with the next pull, and stays kept', async () => {
		await syncOnce(an.id, undefined, fetcher, db);
		expect(await ids('tinh')).toEqual([]);
		await followAgency('tinh', db);
		await syncOnce(an.id, undefined, fetcher, db);
		expect(asked.at(-1)).toBe('tinh');
		expect(await ids('tinh')).toEqual(['r-tinh-1']);
		await syncOnce(an.id, undefined, fetcher, db);
		expect(responses.at(-1)?.recommendationUpdates).toBeUndefined();
		expect(await ids('tinh')).toEqual(['r-tinh-1']);
	});
});
