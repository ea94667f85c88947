import { DatabaseError, type PoolClient } from 'pg';
import { LEDGER_LOCK_SQL } from './pool';

/**
 * The one serialised step of a writing transaction, taken last, after all its row work: the ledger
 * lock (one hash chain, so appends take turns) is held from here until COMMIT, and while it is held
 * the transaction's revisions take their change sequence numbers. Numbers are therefore taken in the
 * order transactions commit, so a pull that has seen number n has seen every committed number below
 * it (ARCHITECTURE.md, "Change feed"). Until this step a new revision carries a negative placeholder
 * (see PLACEHOLDER_SEQ_SQL), which no pull asks for and no other transaction can see anyway.
 */
export async function takeCommitTurn(client: PoolClient): Promise<void> {
	await client.query(LEDGER_LOCK_SQL);
}

/** A unique stand-in until the commit turn: NOT NULL UNIQUE holds, and it is below every cursor (≥ 0). */
export const PLACEHOLDER_SEQ_SQL = "-nextval('change_seq')";

/**
 * Gives the revisions (inserted or decided in this transaction) their change sequence numbers, in
 * the order given. Call after takeCommitTurn and commit soon after. Returns the numbers by key.
 */
export async function assignChangeSeqs(client: PoolClient, keys: readonly { inspectionId: string; revision: number }[]): Promise<Map<string, number>> {
	const assigned = new Map<string, number>();
	if (keys.length === 0) return assigned;
	// One statement for the batch; ORDER BY before nextval (PostgreSQL evaluates volatile output after sorting).
	const { rows } = await client.query<{ inspection_id: string; revision: number; change_seq: string }>(
		`UPDATE submissions AS s SET change_seq = k.seq
		 FROM (SELECT id, rev, nextval('change_seq') AS seq FROM unnest($1::text[], $2::int[]) WITH ORDINALITY AS u(id, rev, n) ORDER BY n) AS k
		 WHERE s.inspection_id = k.id AND s.revision = k.rev
		 RETURNING s.inspection_id, s.revision, s.change_seq`,
		[keys.map((k) => k.inspectionId), keys.map((k) => k.revision)]
	);
	for (const row of rows) assigned.set(seqKey(row.inspection_id, Number(row.revision)), Number(row.change_seq));
	return assigned;
}

export const seqKey = (inspectionId: string, revision: number): string => `${inspectionId}#${revision}`;

/**
 * Two pushes that were serialised by the old whole-transaction lock can now meet: the same phone
 * re-sending a batch whose first attempt is still in flight (a unique violation once the first
 * commits), or two batches touching the same rows (a deadlock PostgreSQL breaks). Running the whole
 * transaction again then answers what the first one stored ("duplicate"), as the lock used to.
 */
export function isRetryableConflict(error: unknown): boolean {
	return error instanceof DatabaseError && (error.code === '23505' || error.code === '40P01' || error.code === '40001');
}

export async function withRetry<T>(work: () => Promise<T>, attempts = 4): Promise<T> {
	for (let attempt = 1; ; attempt++) {
		try {
			return await work();
		} catch (error) {
			if (attempt >= attempts || !isRetryableConflict(error)) throw error;
		}
	}
}
