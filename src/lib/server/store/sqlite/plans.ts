import type { Database } from 'better-sqlite3';
import type { Store } from '../Store';
import { PlanConflictError, InvalidRecordError } from '../errors';
import type { PlanRecord } from '../plans/planRecords';
import { INSERT_VISIT_DOCUMENT_SQL, issuedVisitDocuments, VISIT_DOCUMENTS_SQL, LINK_VISIT_SQL, LINKED_VISITS_OF_PLAN_SQL, planWriteStatements, type PlanRow } from '../plans/planSql';
import { planReads } from '../plans/planReads';
import type { Exec } from '../review/filter';
import { isForeignKeyViolation } from './constraintErrors';
import { sqliteIssueWithin } from './register';
import { REGISTER_OF_SUBJECT_SQL, registerEntryFromRow, type RegisterRow } from '../register/registerSql';
import type { NewRegisterEntry } from '$lib/domain/documentNumber';
import type { DocumentSigner } from '$lib/domain/administrativeDocument';
import { NotFoundError } from '../errors';
import { sqliteDialect } from './review';

export function sqlitePlans(db: Database): ReturnType<typeof planReads> & Pick<Store, 'savePlan' | 'linkVisitInspection' | 'issueVisitDocument' | 'visitDocuments'> {
	const exec: Exec = async <T>(sql: string, params: readonly unknown[]) => db.prepare(sql).all(...params) as T[];
	const head = db.prepare('SELECT version, created_by, created_at FROM plans WHERE id = ?');
	const linked = db.prepare(LINKED_VISITS_OF_PLAN_SQL).pluck();
	const link = db.prepare(LINK_VISIT_SQL);
	const save = db.transaction((plan: PlanRecord, expectedVersion: number | null, at: string) => {
		const row = head.get(plan.id) as Pick<PlanRow, 'version' | 'created_by' | 'created_at'> | undefined;
		if ((row ? Number(row.version) : null) !== expectedVersion) throw new PlanConflictError(plan.id);
		const stored = row ? { version: Number(row.version), createdBy: row.created_by, createdAt: String(row.created_at), linkedVisitIds: new Set(linked.all(plan.id) as string[]) } : null;
		const { statements, written } = planWriteStatements(stored, plan, at);
		for (const { sql, params } of statements) db.prepare(sql).run(...params);
		return written;
	});
	const visitExists = db.prepare('SELECT 1 FROM plan_visits WHERE id = ?').pluck();
	const entriesOf = db.prepare(REGISTER_OF_SUBJECT_SQL);
	const issueWithin = sqliteIssueWithin(db);
	const insertDocument = db.prepare(INSERT_VISIT_DOCUMENT_SQL);
	const documentsOf = db.prepare(VISIT_DOCUMENTS_SQL);
	const issueOnce = db.transaction((visitId: string, entry: NewRegisterEntry, signer: DocumentSigner, now: Date) => {
		if (!visitExists.get(visitId)) throw new NotFoundError('Visit', visitId);
		const issued = (entriesOf.all(visitId) as RegisterRow[]).map(registerEntryFromRow).find((e) => e.kind === entry.kind);
		if (issued) return issued;
		const taken = issueWithin({ ...entry, subjectId: visitId }, now);
		insertDocument.run(visitId, entry.kind, taken.symbol, JSON.stringify(signer), now.toISOString());
		return taken;
	});
	return {
		...planReads(exec, sqliteDialect),
		async issueVisitDocument(visitId, entry, signer, now) {
			return issueOnce.immediate(visitId, entry, signer, now);
		},
		async visitDocuments(visitId) {
			const entries = (entriesOf.all(visitId) as RegisterRow[]).map(registerEntryFromRow);
			return issuedVisitDocuments(entries, documentsOf.all(visitId) as { kind: string; signer: string }[]);
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
