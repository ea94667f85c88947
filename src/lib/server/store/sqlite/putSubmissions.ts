import type { Database } from 'better-sqlite3';
import type { Store } from '../Store';
import {
	decideSubmission,
	holdingKey,
	rememberInsert,
	revisionKey,
	submitAction,
	type StoredRevision,
	type SubmissionFacts
} from '../decideSubmission';
import { InvalidRecordError } from '../errors';
import { prepareSubmission, type PreparedSubmission } from '../prepareSubmission';
import type { PutSubmissionResult } from '../records';
import { batchChangeCounter } from './changeCounter';
import { isForeignKeyViolation } from './constraintErrors';
import { sqliteDerivedWriter } from './derived';
import { sqliteLedgerAppend } from './ledger';
import { eventBody, revisionBody, type LedgerBody } from '../ledger/ledgerEntries';
import { eventFromRow, type EventRow } from '../rows';

/**
 * A sync batch is one transaction (BEGIN IMMEDIATE … COMMIT): one fsync for the whole batch instead of
 * one per inspection, and all-or-nothing, so a failure half-way never leaves a batch partly applied
 * while the device is told it failed. The device is answered only after the commit returns.
 */
export function sqlitePutSubmissions(db: Database): Pick<Store, 'putSubmissions'> {
	const changeCounter = batchChangeCounter(db);
	const writeDerived = sqliteDerivedWriter(db);
	const appendLedger = sqliteLedgerAppend(db);
	// What the batch needs to know, in two statements for the whole batch (ids as a JSON array).
	const storedRevisions = db.prepare(
		`SELECT inspection_id AS inspectionId, revision, content_hash AS contentHash, inspector_id AS inspectorId, change_seq AS changeSeq
		 FROM submissions WHERE inspection_id IN (SELECT value FROM json_each(?))`
	);
	const photoHolders = db.prepare('SELECT photo_hash AS hash, user_id AS userId FROM photo_holders WHERE photo_hash IN (SELECT value FROM json_each(?))');
	const insert = db.prepare(
		`INSERT INTO submissions (inspection_id, revision, inspector_id, agency_id, template_id, template_version, status,
			content, content_hash, device_time, received_at, change_seq)
		 VALUES (?, ?, ?, ?, ?, ?, 'sent', ?, ?, ?, ?, ?)`
	);
	const linkPhoto = db.prepare('INSERT INTO submission_photos (inspection_id, revision, photo_hash) VALUES (?, ?, ?)');
	const insertEvent = db.prepare(
		`INSERT INTO review_events (inspection_id, revision, actor_id, action, comment, item_comments, at)
		 VALUES (?, ?, ?, ?, '', '{}', ?)
		 RETURNING id, inspection_id, revision, actor_id, action, comment, item_comments, at`
	);

	const factsFor = (items: readonly PreparedSubmission[]): SubmissionFacts => {
		const facts: SubmissionFacts = { revisions: new Map(), owners: new Map(), heldPhotos: new Set() };
		const ids = JSON.stringify([...new Set(items.map((item) => item.inspectionId))]);
		for (const row of storedRevisions.all(ids) as (StoredRevision & { inspectionId: string; revision: number })[]) {
			const stored: StoredRevision = { contentHash: row.contentHash, inspectorId: row.inspectorId, changeSeq: row.changeSeq };
			facts.revisions.set(revisionKey(row.inspectionId, row.revision), stored);
			facts.owners.set(row.inspectionId, row.inspectorId);
		}
		const hashes = [...new Set(items.flatMap((item) => item.photoHashes))];
		const held = hashes.length === 0 ? [] : (photoHolders.all(JSON.stringify(hashes)) as { hash: string; userId: string }[]);
		return { ...facts, heldPhotos: new Set(held.map((h) => holdingKey(h.hash, h.userId))) };
	};

	const apply = db.transaction((items: readonly PreparedSubmission[], receivedAt: string): PutSubmissionResult[] => {
		const facts = factsFor(items);
		const counter = changeCounter();
		const derived = writeDerived(receivedAt, items);
		const logged: LedgerBody[] = [];
		const results = items.map((item, index) => {
			const decision = decideSubmission(item, facts);
			if (decision.action === 'answer') return decision.result;
			const changeSeq = counter.next();
			try {
				insert.run(
					item.inspectionId,
					item.revision,
					item.inspectorId,
					item.agencyId,
					item.templateId,
					item.templateVersion,
					item.content,
					item.contentHash,
					item.deviceTime,
					receivedAt,
					changeSeq
				);
				for (const hash of item.photoHashes) linkPhoto.run(item.inspectionId, item.revision, hash);
				const event = insertEvent.get(item.inspectionId, item.revision, item.inspectorId, submitAction(item.revision), receivedAt) as EventRow;
				derived.add(item);
				logged.push(revisionBody(item), eventBody(eventFromRow(event), null));
			} catch (error) {
				if (isForeignKeyViolation(error)) {
					throw new InvalidRecordError(`Batch item ${index}: unknown inspector, agency or template ${item.templateId}@${item.templateVersion}`, index);
				}
				throw error;
			}
			return rememberInsert(facts, item, changeSeq);
		});
		derived.finish();
		counter.save();
		appendLedger(logged, receivedAt);
		return results;
	});

	return {
		async putSubmissions(batch, receivedAt) {
			// Checked before the transaction starts: a malformed item writes nothing.
			const items = batch.map(prepareSubmission);
			return items.length === 0 ? [] : apply.immediate(items, receivedAt.toISOString());
		}
	};
}
