import type { Pool, PoolClient } from 'pg';
import type { Store } from '../Store';
import { decideSubmission, holdingKey, rememberInsert, revisionKey, submitAction, type SubmissionFacts } from '../decideSubmission';
import { InvalidRecordError } from '../errors';
import { prepareSubmission, type PreparedSubmission } from '../prepareSubmission';
import type { PutSubmissionResult } from '../records';
import { loadDerivedFacts, postgresDerivedWriter, type DerivedFacts } from './derived';
import { inTransaction, isForeignKeyViolation } from './pool';
import { assignChangeSeqs, PLACEHOLDER_SEQ_SQL, seqKey, takeCommitTurn, withRetry } from './commitOrder';
import { writerSlots } from './writerSlots';
import { postgresAppendLedger } from './ledger';
import { eventBody, revisionBody, type LedgerBody } from '../ledger/ledgerEntries';
import { eventFromRow, int, type EventRow } from '../rows';

/**
 * A sync batch is one transaction: all of it or nothing, answered only after COMMIT.
 *
 * Batches run side by side; only their last step takes turns (commitOrder.ts): the ledger lock, then
 * the change sequence numbers, then COMMIT. Numbers taken at the end, under the lock, commit in
 * number order: without that, two batches could take 7 and 8 and commit 8 first, and a device
 * pulling "after 8" would never see 7. SQLite gets the same from its single writer.
 */
export function postgresPutSubmissions(pool: Pool, poolSize: number): Pick<Store, 'putSubmissions'> {
	const derivedWriter = postgresDerivedWriter();
	const inWriterSlot = writerSlots(poolSize);
	return {
		async putSubmissions(batch, receivedAt) {
			// Checked before the transaction starts: a malformed item writes nothing.
			const items = batch.map(prepareSubmission);
			if (items.length === 0) return [];
			return inWriterSlot(() => withRetry(() => inTransaction(pool, async (client) => {
				const facts = await loadFacts(client, items);
				const results: PutSubmissionResult[] = [];
				const inserted: { item: PreparedSubmission; index: number }[] = [];
				for (const [index, item] of items.entries()) {
					const decision = decideSubmission(item, facts);
					if (decision.action === 'answer') results.push(decision.result);
					// The number comes at the commit turn; until then every created revision answers 0.
					else {
						results.push(rememberInsert(facts, item, 0));
						inserted.push({ item, index });
					}
				}
				if (inserted.length === 0) return results;
				const derivedFacts = await loadDerivedFacts(client, inserted.map((i) => i.item));
				await checkReferences(client, inserted, derivedFacts);
				const logged = await insertRevisions(client, inserted, receivedAt.toISOString());
				const derived = derivedWriter(client, receivedAt.toISOString(), derivedFacts);
				for (const { item } of inserted) derived.add(item);
				await derived.finish();
				// The commit turn: everything above ran alongside other batches; from here to COMMIT takes turns.
				await takeCommitTurn(client);
				const seqs = await assignChangeSeqs(client, inserted.map(({ item }) => item));
				await postgresAppendLedger(client, logged, receivedAt.toISOString());
				// Repeats of an item within the batch were answered with the stand-in too: all get the final number.
				return results.map((r) => ('changeSeq' in r ? { ...r, changeSeq: seqs.get(seqKey(r.inspectionId, r.revision)) ?? r.changeSeq } : r));
			})));
		}
	};
}

async function loadFacts(client: PoolClient, items: readonly PreparedSubmission[]): Promise<SubmissionFacts> {
	const ids = [...new Set(items.map((item) => item.inspectionId))];
	const stored = await client.query<{ inspection_id: string; revision: number; content_hash: string; inspector_id: string; change_seq: string }>(
		'SELECT inspection_id, revision, content_hash, inspector_id, change_seq FROM submissions WHERE inspection_id = ANY($1::text[])',
		[ids]
	);
	const hashes = [...new Set(items.flatMap((item) => item.photoHashes))];
	const held = await client.query<{ photo_hash: string; user_id: string }>('SELECT photo_hash, user_id FROM photo_holders WHERE photo_hash = ANY($1::text[])', [hashes]);
	const facts: SubmissionFacts = { revisions: new Map(), owners: new Map(), heldPhotos: new Set(held.rows.map((r) => holdingKey(r.photo_hash, r.user_id))) };
	for (const row of stored.rows) {
		facts.revisions.set(revisionKey(row.inspection_id, row.revision), {
			contentHash: row.content_hash,
			inspectorId: row.inspector_id,
			changeSeq: int(row.change_seq)
		});
		facts.owners.set(row.inspection_id, row.inspector_id);
	}
	return facts;
}

/**
 * A batch item naming an inspector, agency or template the server does not know is refused by its
 * position, before anything is written (the foreign keys would refuse it too, without saying which).
 */
async function checkReferences(client: PoolClient, inserted: readonly { item: PreparedSubmission; index: number }[], facts: DerivedFacts): Promise<void> {
	const users = await client.query<{ id: string }>('SELECT id FROM users WHERE id = ANY($1::text[])', [[...new Set(inserted.map(({ item }) => item.inspectorId))]]);
	const templates = await client.query<{ id: string; version: number }>(
		'SELECT id, version FROM templates WHERE (id, version) IN (SELECT * FROM unnest($1::text[], $2::int[]))',
		[inserted.map(({ item }) => item.templateId), inserted.map(({ item }) => item.templateVersion)]
	);
	const knownUsers = new Set(users.rows.map((r) => r.id));
	const knownTemplates = new Set(templates.rows.map((r) => `${r.id}@${Number(r.version)}`));
	for (const { item, index } of inserted) {
		if (!knownUsers.has(item.inspectorId) || !facts.agencies.has(item.agencyId) || !knownTemplates.has(`${item.templateId}@${item.templateVersion}`)) {
			throw new InvalidRecordError(`Batch item ${index}: unknown inspector, agency or template ${item.templateId}@${item.templateVersion}`, index);
		}
	}
}

/**
 * Inserts the batch's new revisions, their photo links and their trail entries, three statements for
 * the whole batch; returns their ledger bodies in batch order. Each revision carries a placeholder
 * change sequence (negative) until the commit turn.
 */
async function insertRevisions(client: PoolClient, inserted: readonly { item: PreparedSubmission }[], receivedAt: string): Promise<LedgerBody[]> {
	const items = inserted.map(({ item }) => item);
	try {
		await client.query(
			`INSERT INTO submissions (inspection_id, revision, inspector_id, agency_id, template_id, template_version, status,
				content, content_hash, device_time, received_at, change_seq)
			 SELECT id, rev, inspector, agency, template, version, 'sent', content, hash, device_time, $10, ${PLACEHOLDER_SEQ_SQL}
			 FROM unnest($1::text[], $2::int[], $3::text[], $4::text[], $5::text[], $6::int[], $7::text[], $8::text[], $9::text[])
			   WITH ORDINALITY AS u(id, rev, inspector, agency, template, version, content, hash, device_time, n)
			 ORDER BY n`,
			[
				items.map((i) => i.inspectionId),
				items.map((i) => i.revision),
				items.map((i) => i.inspectorId),
				items.map((i) => i.agencyId),
				items.map((i) => i.templateId),
				items.map((i) => i.templateVersion),
				items.map((i) => i.content),
				items.map((i) => i.contentHash),
				items.map((i) => i.deviceTime),
				receivedAt
			]
		);
		const photos = items.flatMap((i) => i.photoHashes.map((hash) => ({ id: i.inspectionId, revision: i.revision, hash })));
		if (photos.length > 0) {
			await client.query(
				'INSERT INTO submission_photos (inspection_id, revision, photo_hash) SELECT * FROM unnest($1::text[], $2::int[], $3::text[])',
				[photos.map((p) => p.id), photos.map((p) => p.revision), photos.map((p) => p.hash)]
			);
		}
		const events = await client.query<EventRow>(
			`INSERT INTO review_events (inspection_id, revision, actor_id, action, comment, item_comments, at)
			 SELECT id, rev, actor, action, '', '{}', $5 FROM unnest($1::text[], $2::int[], $3::text[], $4::text[]) WITH ORDINALITY AS u(id, rev, actor, action, n)
			 ORDER BY n
			 RETURNING id, inspection_id, revision, actor_id, action, comment, item_comments, at`,
			[items.map((i) => i.inspectionId), items.map((i) => i.revision), items.map((i) => i.inspectorId), items.map((i) => submitAction(i.revision)), receivedAt]
		);
		// One submit entry per new revision: matched by key, not by the order RETURNING happens to give.
		const byRevision = new Map(events.rows.map((row) => [seqKey(row.inspection_id, Number(row.revision)), row]));
		return items.flatMap((item) => [revisionBody(item), eventBody(eventFromRow(byRevision.get(seqKey(item.inspectionId, item.revision)) as EventRow), null)]);
	} catch (error) {
		if (isForeignKeyViolation(error)) throw new InvalidRecordError('A batch item names an inspector, agency or template the server does not know');
		throw error;
	}
}
