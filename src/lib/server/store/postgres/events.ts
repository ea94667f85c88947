import type { Pool } from 'pg';
import type { Store } from '../Store';
import { DecisionConflictError, InvalidRecordError, NotFoundError } from '../errors';
import { prepareEvent } from '../prepareEvent';
import { newRecommendationValues, RECOMMENDATION_COLUMNS } from '../review/recommendationRows';
import { eventFromRow, type EventRow } from '../rows';
import { inTransaction, isForeignKeyViolation } from './pool';
import { assignChangeSeqs, takeCommitTurn } from './commitOrder';
import { postgresAppendLedger } from './ledger';
import { eventBody, recommendationBody } from '../ledger/ledgerEntries';
import { recommendationFromRow, type RecommendationRow } from '../review/recommendationRows';

const EVENT_COLUMNS = 'id, inspection_id, revision, actor_id, action, comment, item_comments, at';

/** The review trail. There is deliberately no update or delete here (and a trigger refuses them in SQL). */
export function postgresEvents(pool: Pool): Pick<Store, 'appendEvent' | 'listEvents'> {
	return {
		async appendEvent(input, now, status, recommendations = []) {
			const event = prepareEvent(input);
			try {
				// The decision and its trail entry commit together: no status change without its record.
				return await inTransaction(pool, async (client) => {
					// The inspection's head row locks out a second decision and a new revision of the same
					// inspection until this one commits; the read below is a new statement, so after waiting
					// it sees what they committed (a status no longer 'sent', a later revision).
					if (status) await client.query('SELECT 1 FROM inspection_heads WHERE inspection_id = $1 FOR UPDATE', [event.inspectionId]);
					const found = await client.query<{ status: string; latest: boolean }>(
						`SELECT status, revision = (SELECT max(revision) FROM submissions AS later WHERE later.inspection_id = submissions.inspection_id) AS latest
						 FROM submissions WHERE inspection_id = $1 AND revision = $2`,
						[event.inspectionId, event.revision]
					);
					const row = found.rows[0];
					if (!row) throw new NotFoundError('Submission', `${event.inspectionId} revision ${event.revision}`);
					if (status && (row.status !== 'sent' || !row.latest)) throw new DecisionConflictError(event.inspectionId, event.revision, row.status);
					const { rows } = await client.query<EventRow>(
						`INSERT INTO review_events (inspection_id, revision, actor_id, action, comment, item_comments, at)
						 VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING ${EVENT_COLUMNS}`,
						[event.inspectionId, event.revision, event.actorId, event.action, event.comment, event.itemCommentsJson, now.toISOString()]
					);
					if (status) {
						await client.query('UPDATE submissions SET status = $3 WHERE inspection_id = $1 AND revision = $2', [event.inspectionId, event.revision, status]);
						// The queue reads status from the head row; it follows the latest revision's status.
						await client.query('UPDATE inspection_heads SET status = $3 WHERE inspection_id = $1 AND revision = $2', [
							event.inspectionId,
							event.revision,
							status
						]);
					}
					const width = RECOMMENDATION_COLUMNS.split(',').length;
					for (const r of recommendations) {
						await client.query(
							`INSERT INTO recommendations (${RECOMMENDATION_COLUMNS}) VALUES (${Array.from({ length: width }, (_, i) => `$${i + 1}`).join(', ')})`,
							newRecommendationValues(r, now.toISOString())
						);
					}
					const stored = eventFromRow(rows[0] as EventRow);
					const created = recommendations.length === 0
						? []
						: (await client.query<RecommendationRow>(`SELECT ${RECOMMENDATION_COLUMNS} FROM recommendations WHERE id = ANY($1::text[])`, [recommendations.map((r) => r.id)])).rows;
					// The commit turn (commitOrder.ts): the decision moves forward in the change feed, then the ledger.
					await takeCommitTurn(client);
					if (status) await assignChangeSeqs(client, [event]);
					await postgresAppendLedger(client, [eventBody(stored, status ?? null), ...created.map((r) => recommendationBody(recommendationFromRow(r)))], now.toISOString());
					return stored;
				});
			} catch (error) {
				if (isForeignKeyViolation(error)) throw new InvalidRecordError(`Unknown actor ${event.actorId}`);
				throw error;
			}
		},
		async listEvents(inspectionId) {
			const { rows } = await pool.query<EventRow>(`SELECT ${EVENT_COLUMNS} FROM review_events WHERE inspection_id = $1 ORDER BY id`, [
				inspectionId.toLowerCase()
			]);
			return rows.map(eventFromRow);
		}
	};
}
