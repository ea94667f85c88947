import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AGENCIES, seeded, T0 } from '../../../../tests/store/fixtures';
import type { Store } from '../store/Store';
import { temporaryStore } from '../store/sqlite/temporaryStore';
import { withCatalogSnapshot, type CatalogSnapshot } from './catalogSnapshot';

describe('withCatalogSnapshot', () => {
	let store: Store;
	let dispose: () => Promise<void>;
	beforeEach(async () => {
		({ store, dispose } = await temporaryStore());
		await seeded(store);
	});
	afterEach(() => dispose());

	const names = (snapshot: CatalogSnapshot) => snapshot.agencies.map((a) => a.name);

	it('answers from the snapshot it knew when the catalog has not moved, and never from an old one', async () => {
		const seen: CatalogSnapshot[] = [];
		const read = () => withCatalogSnapshot(store, async (snapshot) => (seen.push(snapshot), names(snapshot)));
		expect(await read()).toContain('Cơ quan xa-a');
		expect(await read()).toContain('Cơ quan xa-a');
		expect(seen).toHaveLength(2);
		expect(seen[1]).toBe(seen[0]);

		// Another server (or this one) renames an agency: the next read first runs on what it knew,
		// sees the version moved, and answers from the new catalog only.
		await store.putAgencies(AGENCIES.map((a) => (a.id === 'xa-a' ? { ...a, name: 'Xã A mới' } : a)), new Date(T0.getTime() + 1000));
		const answer = await read();
		expect(answer).toContain('Xã A mới');
		expect(answer).not.toContain('Cơ quan xa-a');
		expect(seen).toHaveLength(4);
		expect(names(seen[2] as CatalogSnapshot)).toContain('Cơ quan xa-a');
	});

	it('throws away a failure on the old catalog when the catalog moved, and reports one on the current', async () => {
		const reading = (snapshot: CatalogSnapshot) => (names(snapshot).includes('Xã A mới') ? Promise.resolve('new') : Promise.reject(new Error('old catalog')));
		await expect(withCatalogSnapshot(store, reading)).rejects.toThrow('old catalog');
		await store.putAgencies(AGENCIES.map((a) => (a.id === 'xa-a' ? { ...a, name: 'Xã A mới' } : a)), new Date(T0.getTime() + 1000));
		expect(await withCatalogSnapshot(store, reading)).toBe('new');
	});
});
