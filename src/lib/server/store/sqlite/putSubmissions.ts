import type { Database } from 'better-sqlite3';
import type { Store } from '../Store';
import {
	decideSubmission,
	rememberInsert,
	revisionKey,
	submitAction,
	type StoredRevision,
	type SubmissionFacts
} from '../decideSubmission';
import { InvalidRecordError } from '../errors';
import { prepareSubmission, type PreparedSubmission } from '../prepareSubmission';
import type { PutSubmissionResult } from '../records';
import { changeCounter } from './changeCounter';
import { isForeignKeyViolation } from './constraintErrors';
import { sqliteDerivedWriter } from './derived';

/**
 * A sync batch is one transaction (BEGIN IMMEDIATE … COMMIT): one fsync for the whole batch instead of
 * one per inspection, and all-or-nothing, so a failure half-way never leaves a batch partly applied
 * while the device is told it failed. The device is answered only after the commit returns.
 */
export function sqlitePutSubmissions(db: Database): Pick<Store, 'putSubmissions'> {
	const nextChangeSeq = changeCounter(db);
	const writeDerived = sqliteDerivedWriter(db);
	const findRevision = db.prepare(
		'SELECT content_hash AS contentHash, inspector_id AS inspectorId, change_seq AS changeSeq FROM submissions WHERE inspection_id = ? AND revision = ?'
	);
	const findOwner = db.prepare('SELECT inspector_id FROM submissions WHERE inspection_id = ? LIMIT 1').pluck();
	const hasPhoto = db.prepare('SELECT 1 FROM photos WHERE hash = ?').pluck();
	const insert = db.prepare(
		`INSERT INTO submissions (inspection_id, revision, inspector_id, agency_id, template_id, template_version, status,
			content, content_hash, device_time, received_at, change_seq)
		 VALUES (@inspectionId, @revision, @inspectorId, @agencyId, @templateId, @templateVersion, 'sent',
			@content, @contentHash, @deviceTime, @receivedAt, @changeSeq)`
	);
	const linkPhoto = db.prepare('INSERT INTO submission_photos (inspection_id, revision, photo_hash) VALUES (?, ?, ?)');
	const insertEvent = db.prepare(
		`INSERT INTO review_events (inspection_id, revision, actor_id, action, comment, item_comments, at)
		 VALUES (?, ?, ?, ?, '', '{}', ?)`
	);

	const factsFor = (items: readonly PreparedSubmission[]): SubmissionFacts => {
		const facts: SubmissionFacts = { revisions: new Map(), owners: new Map(), presentPhotos: new Set() };
		const present = new Set<string>();
		for (const item of items) {
			const stored = findRevision.get(item.inspectionId, item.revision) as StoredRevision | undefined;
			if (stored) facts.revisions.set(revisionKey(item.inspectionId, item.revision), stored);
			const owner = findOwner.get(item.inspectionId) as string | undefined;
			if (owner !== undefined) facts.owners.set(item.inspectionId, owner);
			for (const hash of item.photoHashes) if (hasPhoto.get(hash) !== undefined) present.add(hash);
		}
		return { ...facts, presentPhotos: present };
	};

	const apply = db.transaction((items: readonly PreparedSubmission[], receivedAt: string): PutSubmissionResult[] => {
		const facts = factsFor(items);
		return items.map((item, index) => {
			const decision = decideSubmission(item, facts);
			if (decision.action === 'answer') return decision.result;
			const changeSeq = nextChangeSeq();
			try {
				insert.run({ ...item, receivedAt, changeSeq });
				for (const hash of item.photoHashes) linkPhoto.run(item.inspectionId, item.revision, hash);
				insertEvent.run(item.inspectionId, item.revision, item.inspectorId, submitAction(item.revision), receivedAt);
				writeDerived(item, receivedAt);
			} catch (error) {
				if (isForeignKeyViolation(error)) {
					throw new InvalidRecordError(`Batch item ${index}: unknown inspector, agency or template ${item.templateId}@${item.templateVersion}`, index);
				}
				throw error;
			}
			return rememberInsert(facts, item, changeSeq);
		});
	});

	return {
		async putSubmissions(batch, receivedAt) {
			// Checked before the transaction starts: a malformed item writes nothing.
			const items = batch.map(prepareSubmission);
			return items.length === 0 ? [] : apply.immediate(items, receivedAt.toISOString());
		}
	};
}
