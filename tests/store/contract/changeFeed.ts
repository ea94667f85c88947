import { expect, it } from 'vitest';
import type { Store } from '$lib/server/store/Store';
import type { SubmissionSummary } from '$lib/server/store/records';
import { verifyLedger } from '$lib/server/ledger/verifyLedger';
import type { StoreContext } from '../store.contract';
import { T0, later, seeded, submission } from '../fixtures';

/** One change as a device pulls it: the revision, its status then, and its place in the feed. */
const changeKey = (s: SubmissionSummary): string => `${s.inspectionId}#${s.revision}#${s.status}#${s.changeSeq}`;

/**
 * Polls the whole feed with small pages until told to stop, as phones do while others push: what it
 * collects is exactly what a device that kept its cursor would have received.
 */
function startPuller(store: Store) {
	const seen: SubmissionSummary[] = [];
	let cursor = 0;
	let stopping = false;
	const drain = async () => {
		for (;;) {
			const page = await store.changesSince(cursor, { all: true }, 7);
			seen.push(...page.items);
			cursor = page.cursor;
			if (page.items.length < 7) return;
		}
	};
	const running = (async () => {
		while (!stopping) {
			await drain();
			await new Promise((resolve) => setTimeout(resolve, 2));
		}
		// One last pass after every writer has committed: what is left must come now.
		await drain();
	})();
	return {
		seen,
		async stop() {
			stopping = true;
			await running;
		}
	};
}

export function changeFeedContract(ctx: () => StoreContext): void {
	it('feeds every change exactly once and in commit order while two app servers push and decide at once', async () => {
		const { store, fixture } = ctx();
		// A second store on the same database: a second app server.
		const other = await fixture.open();
		try {
			const { an, binh } = await seeded(store);
			const puller = startPuller(store);
			// Small batches and large ones side by side on both servers: a large batch starts first and
			// commits last, the case where a number taken early would be skipped by a pull in between.
			const batches = Array.from({ length: 24 }, (_, i) => {
				const size = i % 6 === 0 ? 25 : 1 + (i % 3);
				return Array.from({ length: size }, () => submission(i % 2 ? an : binh));
			});
			const decided: Promise<unknown>[] = [];
			const pushed = await Promise.all(
				batches.map(async (batch, i) => {
					const server = i % 2 ? store : other;
					const results = await server.putSubmissions(batch, T0);
					// A supervisor decides some at once, on the other server, while pushes go on.
					const first = batch[0];
					if (first && i % 4 === 1) {
						const decider = i % 2 ? other : store;
						decided.push(
							decider.appendEvent({ inspectionId: first.inspectionId, revision: 1, actorId: an.id, action: 'returned', comment: 'Bổ sung', itemComments: {} }, later(i), 'returned')
						);
					}
					return results;
				})
			);
			await Promise.all(decided);
			await puller.stop();

			const created = pushed.flat();
			expect(created.every((r) => r.outcome === 'created')).toBe(true);
			expect(created).toHaveLength(batches.flat().length);

			// In order, never twice: every pulled number is larger than the one before.
			const seqs = puller.seen.map((s) => s.changeSeq);
			expect(seqs).toEqual([...new Set(seqs)].sort((a, b) => a - b));
			// Nothing skipped: every change in the final feed reached the puller, with the number and
			// status it has now (a decision is a new change with a new number).
			const final = await store.changesSince(0, { all: true }, 1000);
			expect(final.items).toHaveLength(batches.flat().length);
			const seen = new Set(puller.seen.map(changeKey));
			expect(final.items.map(changeKey).filter((key) => !seen.has(key))).toEqual([]);
			expect(final.items.filter((s) => s.status === 'returned')).toHaveLength(decided.length);
			// Both servers see the same feed, and the ledger is one unbroken chain of it all.
			expect((await other.changesSince(0, { all: true }, 1000)).items).toEqual(final.items);
			expect(await verifyLedger(store)).toMatchObject({ ok: true, failure: null });
		} finally {
			await other.close();
		}
		// About 100 pushes and decisions on two stores: seconds on a loaded CI machine.
	}, 60_000);

	it('answers a batch sent twice at once (a phone retrying while the first send is in flight) once created, once duplicate', async () => {
		const { store, fixture } = ctx();
		const other = await fixture.open();
		try {
			const { an } = await seeded(store);
			const batch = Array.from({ length: 5 }, () => submission(an));
			const [first, second] = await Promise.all([store.putSubmissions(batch, T0), other.putSubmissions(batch, T0)]);
			const outcomes = [first, second].map((results) => [...new Set(results?.map((r) => r.outcome))]);
			expect(outcomes.sort()).toEqual([['created'], ['duplicate']]);
			// The duplicate answer names the same place in the feed as the stored revision.
			expect(second?.map((r) => 'changeSeq' in r && r.changeSeq)).toEqual(first?.map((r) => 'changeSeq' in r && r.changeSeq));
			expect((await store.changesSince(0, { all: true }, 100)).items).toHaveLength(5);
		} finally {
			await other.close();
		}
	}, 30_000);
}
