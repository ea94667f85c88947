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

	const text = async (chunks: AsyncIterable<string>) => {
		let all = '';
		for await (const chunk of chunks) all += chunk;
		return all;
	};
	// One row per batch, a batch that does not divide the rows, and the server's own size.
	const batchSizes = [1, 7, undefined];

	it.each(batchSizes)('inspections, newest first (batches of %s)', async (batchSize) => {
		await expect(await text(await inspectionsCsv(store, admin, {}, batchSize))).toMatchFileSnapshot('__snapshots__/inspections.csv');
	});

	it.each(batchSizes)('inspections of one status sorted by worst compliance (batches of %s)', async (batchSize) => {
		const csv = await text(await inspectionsCsv(store, admin, { status: 'approved', sort: 'rate-asc' }, batchSize));
		await expect(csv).toMatchFileSnapshot('__snapshots__/inspections-approved-rate.csv');
	});

	it.each(batchSizes)('findings of a fortnight: notes with commas and quotes, several inspections a day (batches of %s)', async (batchSize) => {
		const csv = await text(await findingsCsv(store, admin, { from: '2026-05-01', to: '2026-05-14' }, batchSize));
		await expect(csv).toMatchFileSnapshot('__snapshots__/findings-fortnight.csv');
	});

	it('an export left early releases its connection, and the store goes on answering', async () => {
		const chunks = await findingsCsv(store, admin, {}, 5);
		for await (const chunk of chunks) {
			expect(chunk.length).toBeGreaterThan(0);
			break;
		}
		expect((await store.reviewQueue({ agencyIds: null, sort: 'started-desc', offset: 0, limit: 1 })).total).toBeGreaterThan(300);
	});
});
