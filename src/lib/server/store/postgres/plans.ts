import type { Pool } from 'pg';
import type { Store } from '../Store';
import { PlanConflictError, InvalidRecordError } from '../errors';
import { INSERT_VISIT_DOCUMENT_SQL, issuedVisitDocuments, VISIT_DOCUMENTS_SQL, LINK_VISIT_SQL, LINKED_VISITS_OF_PLAN_SQL, planWriteStatements, type PlanRow } from '../plans/planSql';
import { iso } from '../rows';
import { numbered } from './numbered';
import { inTransaction, isForeignKeyViolation } from './pool';
import { planReads } from '../plans/planReads';
import { execOn, postgresDialect } from './review';
import { postgresIssueWithin } from './register';
import { REGISTER_OF_SUBJECT_SQL, registerEntryFromRow, type RegisterRow } from '../register/registerSql';
import { NotFoundError } from '../errors';

/** PostgreSQL: creating a plan takes turns on its id (two creations of one id: the second conflicts). */
const CREATE_LOCK_SQL = 'SELECT pg_advisory_xact_lock(4711014, hashtext(?))';

export function postgresPlans(pool: Pool): ReturnType<typeof planReads> & Pick<Store, 'savePlan' | 'linkVisitInspection' | 'issueVisitDocument' | 'visitDocuments'> {
	return {
		...planReads(execOn(pool), postgresDialect),
		savePlan(plan, expectedVersion, now) {
			const at = now.toISOString();
			return inTransaction(pool, async (client) => {
				await client.query(numbered(CREATE_LOCK_SQL), [plan.id]);
				// FOR UPDATE: two edits of one plan take turns, and the second sees the first's version.
				const row = (await client.query<Pick<PlanRow, 'version' | 'created_by' | 'created_at'>>(numbered('SELECT version, created_by, created_at FROM plans WHERE id = ? FOR UPDATE'), [plan.id])).rows[0];
				if ((row ? Number(row.version) : null) !== expectedVersion) throw new PlanConflictError(plan.id);
				const linked = row ? (await client.query<{ id: string }>(numbered(LINKED_VISITS_OF_PLAN_SQL), [plan.id])).rows.map((r) => r.id) : [];
				const stored = row ? { version: Number(row.version), createdBy: row.created_by, createdAt: iso(row.created_at), linkedVisitIds: new Set(linked) } : null;
				const { statements, written } = planWriteStatements(stored, plan, at);
				for (const { sql, params } of statements) await client.query(numbered(sql), params);
				return written;
			}).catch((error: unknown) => {
				throw isForeignKeyViolation(error) ? new InvalidRecordError('The plan names an agency or account that does not exist') : error;
			});
		},
		async visitDocuments(visitId) {
			const entries = (await pool.query<RegisterRow>(numbered(REGISTER_OF_SUBJECT_SQL), [visitId])).rows.map(registerEntryFromRow);
			const rows = (await pool.query<{ kind: string; signer: string }>(numbered(VISIT_DOCUMENTS_SQL), [visitId])).rows;
			return issuedVisitDocuments(entries, rows);
		},
		issueVisitDocument(visitId, entry, signer, now) {
			return inTransaction(pool, async (client) => {
				// The visit's row, locked: two requests for its decision take turns, the second finds the first's number.
				const found = await client.query(numbered('SELECT 1 FROM plan_visits WHERE id = ? FOR UPDATE'), [visitId]);
				if (found.rowCount === 0) throw new NotFoundError('Visit', visitId);
				const rows = (await client.query<RegisterRow>(numbered(REGISTER_OF_SUBJECT_SQL), [visitId])).rows;
				const issued = rows.map(registerEntryFromRow).find((e) => e.kind === entry.kind);
				if (issued) return issued;
				const taken = await postgresIssueWithin(client, { ...entry, subjectId: visitId }, now);
				await client.query(numbered(INSERT_VISIT_DOCUMENT_SQL), [visitId, entry.kind, taken.symbol, JSON.stringify(signer), now]);
				return taken;
			});
		},
		async linkVisitInspection(visitId, inspectionId, now) {
			await pool.query(numbered(LINK_VISIT_SQL), [inspectionId, visitId, now]);
		}
	};
}
