import { randomUUID } from 'node:crypto';
import { expect, it } from 'vitest';
import { canonicalJson } from '$lib/domain/canonicalJson';
import { sha256Hex } from '$lib/server/store/canonical';
import { InvalidRecordError } from '$lib/server/store/errors';
import type { StoreContext } from '../store.contract';
import { T0, jpeg, later, seeded, submission } from '../fixtures';

export function submissionsContract(ctx: () => StoreContext): void {
	it('stores a new revision once: created, then duplicate for the same content in any key order', async () => {
		const { store } = ctx();
		const { an } = await seeded(store);
		const item = submission(an);
		const [created] = await store.putSubmissions([item], T0);
		expect(created).toEqual({
			inspectionId: item.inspectionId,
			revision: 1,
			outcome: 'created',
			contentHash: sha256Hex(canonicalJson(item.content)),
			changeSeq: expect.any(Number)
		});

		const reordered = { ...item, content: Object.fromEntries(Object.entries(item.content as object).reverse()) };
		const [again] = await store.putSubmissions([reordered], later(60_000));
		expect(again).toEqual({ ...created, outcome: 'duplicate' });

		const stored = await store.getSubmission(item.inspectionId);
		expect(stored).toMatchObject({
			inspectorId: an.id,
			agencyId: 'xa-a.mot-cua',
			templateId: 'kiem-tra-thu',
			templateVersion: 1,
			status: 'sent',
			deviceTime: item.deviceTime,
			receivedAt: T0.toISOString(),
			changeSeq: created?.outcome === 'created' ? created.changeSeq : -1,
			content: item.content,
			photoHashes: []
		});
		expect(await store.listRevisions(item.inspectionId)).toHaveLength(1);
	});

	it('answers other content under the same id and revision as a conflict and keeps the first', async () => {
		const { store } = ctx();
		const { an, binh } = await seeded(store);
		const item = submission(an);
		await store.putSubmissions([item], T0);
		const [conflict] = await store.putSubmissions([{ ...item, content: { changed: true } }], T0);
		expect(conflict).toMatchObject({ outcome: 'conflict', reason: 'different-content', contentHash: sha256Hex('{"changed":true}') });
		expect((await store.getSubmission(item.inspectionId))?.content).toEqual(item.content);

		// The same inspection sent by someone else, even with the same content or as a new revision.
		const [stolen] = await store.putSubmissions([{ ...item, inspectorId: binh.id }], T0);
		expect(stolen).toMatchObject({ outcome: 'conflict', reason: 'other-inspector' });
		const [takeover] = await store.putSubmissions([{ ...item, inspectorId: binh.id, revision: 2 }], T0);
		expect(takeover).toMatchObject({ outcome: 'conflict', reason: 'other-inspector' });
		expect(await store.listRevisions(item.inspectionId)).toHaveLength(1);
	});

	it('keeps every revision: revision 2 does not overwrite revision 1', async () => {
		const { store } = ctx();
		const { an } = await seeded(store);
		const first = submission(an);
		const second = { ...first, revision: 2, content: { ...(first.content as object), notes: 'Đã sửa' } };
		await store.putSubmissions([first], T0);
		await store.putSubmissions([second], later(1000));
		expect((await store.getSubmission(first.inspectionId))?.revision).toBe(2);
		expect((await store.getSubmission(first.inspectionId, 1))?.content).toEqual(first.content);
		expect((await store.getSubmission(first.inspectionId, 3))).toBeNull();
		const revisions = await store.listRevisions(first.inspectionId);
		expect(revisions.map((r) => [r.revision, r.receivedAt])).toEqual([
			[1, T0.toISOString()],
			[2, later(1000).toISOString()]
		]);
		expect(await store.getSubmission(randomUUID())).toBeNull();
	});

	it('answers each item of a batch, repeats inside the batch included', async () => {
		const { store } = ctx();
		const { an } = await seeded(store);
		const a = submission(an);
		const b = submission(an);
		const results = await store.putSubmissions([a, b, a, { ...b, content: 'other' }], T0);
		expect(results.map((r) => r.outcome)).toEqual(['created', 'created', 'duplicate', 'conflict']);
		expect(results[2]).toEqual({ ...results[0], outcome: 'duplicate' });
	});

	it('applies a batch with an invalid item not at all', async () => {
		const { store } = ctx();
		const { an } = await seeded(store);
		const good = submission(an);
		const unknownAgency = submission(an, { agencyId: 'khong-co' });
		await expect(store.putSubmissions([good, unknownAgency], T0)).rejects.toBeInstanceOf(InvalidRecordError);
		const unknownTemplate = submission(an, { templateVersion: 9 });
		await expect(store.putSubmissions([good, unknownTemplate], T0)).rejects.toMatchObject({ index: 1 });
		await expect(store.putSubmissions([good, submission(an, { inspectionId: 'not-a-uuid' })], T0)).rejects.toBeInstanceOf(
			InvalidRecordError
		);
		await expect(store.putSubmissions([good, submission(an, { content: { n: Number.NaN } })], T0)).rejects.toBeInstanceOf(
			InvalidRecordError
		);
		expect(await store.getSubmission(good.inspectionId)).toBeNull();
		expect(await store.listEvents(good.inspectionId)).toEqual([]);
		// The store is still usable and the batch goes through once fixed.
		expect((await store.putSubmissions([good], T0)).map((r) => r.outcome)).toEqual(['created']);
	});

	it('accepts an inspection only when its inspector has uploaded all its photos', async () => {
		const { store } = ctx();
		const { an, binh } = await seeded(store);
		const [p1, p2] = [jpeg('một'), jpeg('hai')];
		const item = submission(an, { photoHashes: [p1.hash, p2.hash, p1.hash] });
		await store.putPhoto(p1.hash, 'image/jpeg', p1.bytes, T0, an.id);
		// On the server, but uploaded by someone else: knowing its hash does not let An's record cite it.
		await store.putPhoto(p2.hash, 'image/jpeg', p2.bytes, T0, binh.id);
		expect(await store.putSubmissions([item], T0)).toEqual([
			{ inspectionId: item.inspectionId, revision: 1, outcome: 'missing-photos', missing: [p2.hash] }
		]);
		expect(await store.getSubmission(item.inspectionId)).toBeNull();
		await store.putPhoto(p2.hash, 'image/jpeg', p2.bytes, T0, an.id);
		expect((await store.putSubmissions([item], T0))[0]?.outcome).toBe('created');
		expect((await store.getSubmission(item.inspectionId))?.photoHashes).toEqual([p1.hash, p2.hash].sort());
		expect(await store.photoReferences(p2.hash)).toEqual([
			{ inspectionId: item.inspectionId, revision: 1, inspectorId: an.id, agencyId: 'xa-a.mot-cua' }
		]);
	});

	it('gives every new or changed revision a larger change sequence, and feeds changes by cursor', async () => {
		const { store, fixture } = ctx();
		const { an, binh } = await seeded(store);
		const items = [submission(an), submission(binh, { agencyId: 'so-noi-vu' }), submission(an)];
		const seqs: number[] = [];
		for (const item of items) {
			const [result] = await store.putSubmissions([item], T0);
			if (result?.outcome === 'created') seqs.push(result.changeSeq);
		}
		expect(seqs).toHaveLength(3);
		expect([...seqs].sort((a, b) => a - b)).toEqual(seqs);
		expect(new Set(seqs).size).toBe(3);

		const all = await store.changesSince(0, { all: true }, 100);
		expect(all.items.map((s) => s.changeSeq)).toEqual(seqs);
		expect(all.cursor).toBe(seqs[2]);
		expect((await store.changesSince(seqs[0] as number, { inspectorId: an.id }, 100)).items.map((s) => s.inspectionId)).toEqual([
			items[2]?.inspectionId
		]);
		expect((await store.changesSince(0, { agencyIds: ['so-noi-vu'] }, 100)).items).toHaveLength(1);
		expect(await store.changesSince(seqs[2] as number, { all: true }, 100)).toEqual({ items: [], cursor: seqs[2] });

		// A decision moves the revision past everything before it, so devices pull it.
		await store.appendEvent(
			{ inspectionId: items[0]?.inspectionId as string, revision: 1, actorId: an.id, action: 'returned', comment: 'Bổ sung ảnh', itemComments: {} },
			later(1),
			'returned'
		);
		const returned = await store.changesSince(seqs[2] as number, { inspectorId: an.id }, 100);
		expect(returned.items).toMatchObject([{ inspectionId: items[0]?.inspectionId, status: 'returned' }]);
		expect(returned.cursor).toBeGreaterThan(seqs[2] as number);

		// Sequence numbers are never reused, even across a reopen.
		const reopened = await fixture.open();
		try {
			const [next] = await reopened.putSubmissions([submission(binh)], T0);
			expect(next?.outcome === 'created' && next.changeSeq).toBeGreaterThan(returned.cursor);
		} finally {
			await reopened.close();
		}
	});

	it('lists the latest revision of each inspection, by inspector or by agencies, newest first, page by page', async () => {
		const { store } = ctx();
		const { an, binh } = await seeded(store);
		const first = submission(an);
		await store.putSubmissions([first, submission(an, { agencyId: 'so-noi-vu' }), submission(binh), submission(an)], T0);
		await store.putSubmissions([{ ...first, revision: 2, content: 'sửa lại' }], T0);

		const page1 = await store.listSubmissionsByInspector(an.id, { limit: 2 });
		expect(page1.items).toHaveLength(2);
		expect(page1.items[0]).toMatchObject({ inspectionId: first.inspectionId, revision: 2 });
		expect(page1.items[0]).not.toHaveProperty('content');
		expect(page1.next).not.toBeNull();
		// A cursor past any change sequence (an integer beyond 2^53, 1e300) is the first page, in both stores.
		expect((await store.listSubmissionsByInspector(an.id, { limit: 2, before: 1e300 })).items).toEqual(page1.items);
		expect((await store.listSubmissionsForAgencies(['so-noi-vu'], { limit: 2, before: 2 ** 60 })).items).toHaveLength(1);
		const page2 = await store.listSubmissionsByInspector(an.id, { limit: 2, before: page1.next as number });
		expect(page2.items).toHaveLength(1);
		expect(page2.next).toBeNull();
		const seqs = [...page1.items, ...page2.items].map((s) => s.changeSeq);
		expect(seqs).toEqual([...seqs].sort((a, b) => b - a));

		const commune = await store.listSubmissionsForAgencies(['xa-a', 'xa-a.mot-cua'], { limit: 50 });
		expect(commune.items.map((s) => s.inspectorId).sort()).toEqual([an.id, an.id, binh.id].sort());
		expect(commune.items.every((s) => s.agencyId === 'xa-a.mot-cua')).toBe(true);
		expect((await store.listSubmissionsForAgencies([], { limit: 50 })).items).toEqual([]);
	});
}
