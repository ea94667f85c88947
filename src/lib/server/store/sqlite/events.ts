import type { Database } from 'better-sqlite3';
import type { Store } from '../Store';
import { DecisionConflictError, InvalidRecordError, NotFoundError } from '../errors';
import { prepareEvent } from '../prepareEvent';
import type { NewRecommendation } from '../recommendationRecords';
import { newRecommendationValues, RECOMMENDATION_COLUMNS } from '../review/recommendationRows';
import type { ReviewEventInput, SubmissionStatus } from '../records';
import { eventFromRow, type EventRow } from '../rows';
import { changeCounter } from './changeCounter';
import { sqliteLedgerAppend } from './ledger';
import { eventBody, recommendationBody } from '../ledger/ledgerEntries';
import { recommendationFromRow, type RecommendationRow } from '../review/recommendationRows';
import { isForeignKeyViolation } from './constraintErrors';

const EVENT_COLUMNS = 'id, inspection_id, revision, actor_id, action, comment, item_comments, at';

/** The review trail. There is deliberately no update or delete here (and triggers refuse them in SQL). */
export function sqliteEvents(db: Database): Pick<Store, 'appendEvent' | 'listEvents'> {
	const nextChangeSeq = changeCounter(db);
	const current = db.prepare(
		`SELECT status, revision = (SELECT max(revision) FROM submissions AS later WHERE later.inspection_id = submissions.inspection_id) AS latest
		 FROM submissions WHERE inspection_id = ? AND revision = ?`
	);
	const insert = db.prepare(
		`INSERT INTO review_events (inspection_id, revision, actor_id, action, comment, item_comments, at)
		 VALUES (@inspectionId, @revision, @actorId, @action, @comment, @itemCommentsJson, @at)
		 RETURNING ${EVENT_COLUMNS}`
	);
	const setStatus = db.prepare('UPDATE submissions SET status = ?, change_seq = ? WHERE inspection_id = ? AND revision = ?');
	// The queue reads status from the head row; it follows the latest revision's status.
	const setHeadStatus = db.prepare('UPDATE inspection_heads SET status = ? WHERE inspection_id = ? AND revision = ?');
	const insertRecommendation = db.prepare(
		`INSERT INTO recommendations (${RECOMMENDATION_COLUMNS}) VALUES (${RECOMMENDATION_COLUMNS.split(',').map(() => '?').join(', ')})`
	);
	const readRecommendation = db.prepare(`SELECT ${RECOMMENDATION_COLUMNS} FROM recommendations WHERE id = ?`);
	const appendLedger = sqliteLedgerAppend(db);
	const list = db.prepare(`SELECT ${EVENT_COLUMNS} FROM review_events WHERE inspection_id = ? ORDER BY id`);

	// The decision and its trail entry commit together: no status change without its record.
	const append = db.transaction(
		(event: ReturnType<typeof prepareEvent>, at: string, status: SubmissionStatus | undefined, recommendations: readonly NewRecommendation[]) => {
		const found = current.get(event.inspectionId, event.revision) as { status: string; latest: number } | undefined;
		if (found === undefined) throw new NotFoundError('Submission', `${event.inspectionId} revision ${event.revision}`);
		// Checked in the transaction that writes: two decisions at once cannot both pass.
		if (status && (found.status !== 'sent' || !found.latest)) throw new DecisionConflictError(event.inspectionId, event.revision, found.status);
		const row = insert.get({ ...event, at }) as EventRow;
		if (status) {
			setStatus.run(status, nextChangeSeq(), event.inspectionId, event.revision);
			setHeadStatus.run(status, event.inspectionId, event.revision);
		}
		for (const r of recommendations) insertRecommendation.run(...newRecommendationValues(r, at));
		const stored = eventFromRow(row);
		appendLedger(
			[
				eventBody(stored, status ?? null),
				...recommendations.map((r) => recommendationBody(recommendationFromRow(readRecommendation.get(r.id) as RecommendationRow)))
			],
			at
		);
		return stored;
		}
	);

	return {
		async appendEvent(event: ReviewEventInput, now: Date, status?: SubmissionStatus, recommendations: readonly NewRecommendation[] = []) {
			try {
				return append.immediate(prepareEvent(event), now.toISOString(), status, recommendations);
			} catch (error) {
				if (isForeignKeyViolation(error)) throw new InvalidRecordError(`Unknown actor ${event.actorId}`);
				throw error;
			}
		},
		async listEvents(inspectionId) {
			return (list.all(inspectionId.toLowerCase()) as EventRow[]).map(eventFromRow);
		}
	};
}
