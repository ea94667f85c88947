import type { Database } from 'better-sqlite3';
import type { Store } from '../Store';
import { PlanConflictError, InvalidRecordError, NotFoundError } from '../errors';
import type { NewVisitDocument, PlanRecord } from '../plans/planRecords';
import { DOCUMENTED_VISITS_OF_PLAN_SQL, LINK_VISIT_SQL, LINKED_VISITS_OF_PLAN_SQL, planWriteStatements, type PlanRow } from '../plans/planSql';
import { INSERT_VISIT_DOCUMENT_SQL, insertVisitDocumentParams, issueDecision, VISIT_DOCUMENTS_SQL, visitDocumentFromRow, type VisitDocumentRow } from '../plans/visitDocumentSql';
import { planReads } from '../plans/planReads';
import type { Exec } from '../review/filter';
import { isForeignKeyViolation } from './constraintErrors';
import { sqliteLedgerAppend } from './ledger';
import { sqliteIssueWithin } from './register';
import { sqliteDialect } from './review';

export function sqlitePlans(db: Database): ReturnType<typeof planReads> & Pick<Store, 'savePlan' | 'linkVisitInspection' | 'issueVisitDocument' | 'visitDocuments'> {
	const exec: Exec = async <T>(sql: string, params: readonly unknown[]) => db.prepare(sql).all(...params) as T[];
	const head = db.prepare('SELECT version, created_by, created_at FROM plans WHERE id = ?');
	const linked = db.prepare(LINKED_VISITS_OF_PLAN_SQL).pluck();
	const documented = db.prepare(DOCUMENTED_VISITS_OF_PLAN_SQL).pluck();
	const link = db.prepare(LINK_VISIT_SQL);
	const save = db.transaction((plan: PlanRecord, expectedVersion: number | null, at: string) => {
		const row = head.get(plan.id) as Pick<PlanRow, 'version' | 'created_by' | 'created_at'> | undefined;
		if ((row ? Number(row.version) : null) !== expectedVersion) throw new PlanConflictError(plan.id);
		const stored = row ? { version: Number(row.version), createdBy: row.created_by, createdAt: String(row.created_at), linkedVisitIds: new Set(linked.all(plan.id) as string[]), documentedVisitIds: new Set(documented.all(plan.id) as string[]) } : null;
		const { statements, written } = planWriteStatements(stored, plan, at);
		for (const { sql, params } of statements) db.prepare(sql).run(...params);
		return written;
	});
	const visitExists = db.prepare('SELECT 1 FROM plan_visits WHERE id = ?').pluck();
	const issueWithin = sqliteIssueWithin(db);
	const insertDocument = db.prepare(INSERT_VISIT_DOCUMENT_SQL);
	const appendLedger = sqliteLedgerAppend(db);
	const documentsOf = db.prepare(VISIT_DOCUMENTS_SQL);
	const readDocuments = (visitId: string) => (documentsOf.all(visitId) as VisitDocumentRow[]).map(visitDocumentFromRow);
	const issueOnce = db.transaction((input: NewVisitDocument, now: Date) => {
		if (!visitExists.get(input.visitId)) throw new NotFoundError('Visit', input.visitId);
		const decided = issueDecision(readDocuments(input.visitId), input);
		if ('standing' in decided) return decided.standing;
		const taken = issueWithin({ ...input.entry, kind: input.kind, subjectId: input.visitId }, now);
		const { params, issued, ledger } = insertVisitDocumentParams(input, taken);
		insertDocument.run(...params);
		appendLedger([ledger], taken.issuedAt);
		return issued;
	});
	return {
		...planReads(exec, sqliteDialect),
		async issueVisitDocument(input, now) {
			return issueOnce.immediate(input, now);
		},
		async visitDocuments(visitId) {
			return readDocuments(visitId);
		},
		async savePlan(plan, expectedVersion, now) {
			try {
				return save.immediate(plan, expectedVersion, now.toISOString());
			} catch (error) {
				if (isForeignKeyViolation(error)) throw new InvalidRecordError('The plan names an agency or account that does not exist');
				throw error;
			}
		},
		async linkVisitInspection(visitId, inspectionId, now) {
			link.run(inspectionId, visitId, now.toISOString());
		}
	};
}
