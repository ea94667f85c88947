import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedCatalog } from '../seed/seedCatalog';
import { seedHistory } from '../seed/seedHistory';
import type { Store } from '../store/Store';
import type { User } from '../store/records';
import { temporaryStore } from '../store/sqlite/temporaryStore';
import { findingsCsv, inspectionsCsv } from './exportRows';

// The exports' bytes are a contract with whoever opens them in Excel or feeds them to another
// system: the golden files were written by the buffered exports before streaming replaced them,
// and the streamed output must match them byte for byte (BOM once, CRLF, quoting, row order).
describe('CSV exports, byte for byte', () => {
	let store: Store;
	let dispose: () => Promise<void>;
	let admin: User;
	const now = new Date('2026-06-15T03:00:00.000Z');

	beforeAll(async () => {
		({ store, dispose } = await temporaryStore());
		await seedCatalog(store, now);
		await seedHistory(store, now);
		admin = await store.createUser({ username: 'quantri', displayName: 'Quản trị', role: 'admin', jurisdictionId: null, passwordHash: '!' }, now);
	}, 60_000);
	afterAll(() => dispose());

	it('inspections, newest first', async () => {
		await expect(await inspectionsCsv(store, admin, {})).toMatchFileSnapshot('__snapshots__/inspections.csv');
	});

	it('inspections of one status sorted by worst compliance', async () => {
		await expect(await inspectionsCsv(store, admin, { status: 'approved', sort: 'rate-asc' })).toMatchFileSnapshot('__snapshots__/inspections-approved-rate.csv');
	});

	it('findings of a fortnight (notes with commas and quotes, several inspections a day)', async () => {
		await expect(await findingsCsv(store, admin, { from: '2026-05-01', to: '2026-05-14' })).toMatchFileSnapshot('__snapshots__/findings-fortnight.csv');
	});
});
