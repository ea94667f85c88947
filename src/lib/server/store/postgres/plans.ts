import type { Pool } from 'pg';
import type { Store } from '../Store';
import { PlanConflictError, InvalidRecordError, NotFoundError } from '../errors';
import { DOCUMENTED_VISITS_OF_PLAN_SQL, LINK_VISIT_SQL, LINKED_VISITS_OF_PLAN_SQL, planWriteStatements, type PlanRow } from '../plans/planSql';
import { INSERT_VISIT_DOCUMENT_SQL, insertVisitDocumentParams, issueDecision, VISIT_DOCUMENTS_SQL, visitDocumentFromRow, type VisitDocumentRow } from '../plans/visitDocumentSql';
import { iso } from '../rows';
import { numbered } from './numbered';
import { inTransaction, isForeignKeyViolation } from './pool';
import { planReads } from '../plans/planReads';
import { execOn, postgresDialect } from './review';
import { postgresIssueWithin } from './register';
import { postgresAppendLedger } from './ledger';

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
				const ids = async (sql: string) => (row ? (await client.query<{ id: string }>(numbered(sql), [plan.id])).rows.map((r) => r.id) : []);
				const [linked, documented] = [await ids(LINKED_VISITS_OF_PLAN_SQL), await ids(DOCUMENTED_VISITS_OF_PLAN_SQL)];
				const stored = row ? { version: Number(row.version), createdBy: row.created_by, createdAt: iso(row.created_at), linkedVisitIds: new Set(linked), documentedVisitIds: new Set(documented) } : null;
				const { statements, written } = planWriteStatements(stored, plan, at);
				for (const { sql, params } of statements) await client.query(numbered(sql), params);
				return written;
			}).catch((error: unknown) => {
				throw isForeignKeyViolation(error) ? new InvalidRecordError('The plan names an agency or account that does not exist') : error;
			});
		},
		async visitDocuments(visitId) {
			return (await pool.query<VisitDocumentRow>(numbered(VISIT_DOCUMENTS_SQL), [visitId])).rows.map(visitDocumentFromRow);
		},
		issueVisitDocument(input, now) {
			return inTransaction(pool, async (client) => {
				// The plan's row, locked as an edit locks it: two issues for one visit take turns (the second
				// finds the first's), and an edit cannot remove the visit between our check and our commit.
				const planId = (await client.query<{ plan_id: string }>(numbered('SELECT plan_id FROM plan_visits WHERE id = ?'), [input.visitId])).rows[0]?.plan_id;
				if (planId !== undefined) await client.query(numbered('SELECT 1 FROM plans WHERE id = ? FOR UPDATE'), [planId]);
				// Read again under the lock (each statement sees what committed before it): an edit may have just removed it.
				const found = await client.query(numbered('SELECT 1 FROM plan_visits WHERE id = ?'), [input.visitId]);
				if (planId === undefined || found.rowCount === 0) throw new NotFoundError('Visit', input.visitId);
				const existing = (await client.query<VisitDocumentRow>(numbered(VISIT_DOCUMENTS_SQL), [input.visitId])).rows.map(visitDocumentFromRow);
				const decided = issueDecision(existing, input);
				if ('standing' in decided) return decided.standing;
				const taken = await postgresIssueWithin(client, { ...input.entry, kind: input.kind, subjectId: input.visitId }, now);
				const { params, issued, ledger } = insertVisitDocumentParams(input, taken);
				await client.query(numbered(INSERT_VISIT_DOCUMENT_SQL), params);
				// Last, as every appender: the ledger lock is held from here to COMMIT.
				await postgresAppendLedger(client, [ledger], taken.issuedAt);
				return issued;
			});
		},
		async linkVisitInspection(visitId, inspectionId, now) {
			await pool.query(numbered(LINK_VISIT_SQL), [inspectionId, visitId, now]);
		}
	};
}
