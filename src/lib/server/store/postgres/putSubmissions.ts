import type { Pool, PoolClient } from 'pg';
import type { Store } from '../Store';
import { decideSubmission, holdingKey, rememberInsert, revisionKey, submitAction, type SubmissionFacts } from '../decideSubmission';
import { InvalidRecordError } from '../errors';
import { prepareSubmission, type PreparedSubmission } from '../prepareSubmission';
import type { PutSubmissionResult } from '../records';
import { postgresDerivedWriter, type PostgresDerivedBatch } from './derived';
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
				const derived = derivedWriter(client, receivedAt.toISOString());
				const results: PutSubmissionResult[] = [];
				const logged: LedgerBody[] = [];
				for (const [index, item] of items.entries()) {
					const decision = decideSubmission(item, facts);
					if (decision.action === 'answer') results.push(decision.result);
					else {
						results.push(rememberInsert(facts, item, await insert(client, derived, item, index, receivedAt.toISOString(), logged)));
					}
				}
				await derived.finish();
				const created = results.filter((r) => r.outcome === 'created');
				if (created.length === 0) return results;
				// The commit turn: everything above ran alongside other batches; from here to COMMIT takes turns.
				await takeCommitTurn(client);
				const seqs = await assignChangeSeqs(client, created);
				await postgresAppendLedger(client, logged, receivedAt.toISOString());
				// Repeats of an item within the batch were answered with the placeholder too: all get the final number.
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
 * Inserts the revision, its photo links and its trail entry (adding their ledger bodies to `logged`);
 * returns its placeholder change sequence (negative; the real one is given at the commit turn).
 */
async function insert(client: PoolClient, derived: PostgresDerivedBatch, item: PreparedSubmission, index: number, receivedAt: string, logged: LedgerBody[]): Promise<number> {
	try {
		const { rows } = await client.query<{ change_seq: string }>(
			`INSERT INTO submissions (inspection_id, revision, inspector_id, agency_id, template_id, template_version, status,
				content, content_hash, device_time, received_at, change_seq)
			 VALUES ($1, $2, $3, $4, $5, $6, 'sent', $7, $8, $9, $10, ${PLACEHOLDER_SEQ_SQL})
			 RETURNING change_seq`,
			[
				item.inspectionId,
				item.revision,
				item.inspectorId,
				item.agencyId,
				item.templateId,
				item.templateVersion,
				item.content,
				item.contentHash,
				item.deviceTime,
				receivedAt
			]
		);
		if (item.photoHashes.length > 0) {
			await client.query(
				`INSERT INTO submission_photos (inspection_id, revision, photo_hash)
				 SELECT $1, $2, hash FROM unnest($3::text[]) AS hash`,
				[item.inspectionId, item.revision, item.photoHashes]
			);
		}
		const event = await client.query<EventRow>(
			`INSERT INTO review_events (inspection_id, revision, actor_id, action, comment, item_comments, at)
			 VALUES ($1, $2, $3, $4, '', '{}', $5)
			 RETURNING id, inspection_id, revision, actor_id, action, comment, item_comments, at`,
			[item.inspectionId, item.revision, item.inspectorId, submitAction(item.revision), receivedAt]
		);
		await derived.add(item);
		logged.push(revisionBody(item), eventBody(eventFromRow(event.rows[0] as EventRow), null));
		return int((rows[0] as { change_seq: string }).change_seq);
	} catch (error) {
		if (isForeignKeyViolation(error)) {
			throw new InvalidRecordError(`Batch item ${index}: unknown inspector, agency or template ${item.templateId}@${item.templateVersion}`, index);
		}
		throw error;
	}
}
