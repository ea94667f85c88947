import type { Database } from 'better-sqlite3';
import type { Store } from '../Store';
import { PlanConflictError, InvalidRecordError } from '../errors';
import type { PlanRecord } from '../plans/planRecords';
import { LINK_VISIT_SQL, LINKED_VISITS_OF_PLAN_SQL, planWriteStatements, type PlanRow } from '../plans/planSql';
import { planReads } from '../plans/planReads';
import type { Exec } from '../review/filter';
import { isForeignKeyViolation } from './constraintErrors';
import { sqliteDialect } from './review';

export function sqlitePlans(db: Database): ReturnType<typeof planReads> & Pick<Store, 'savePlan' | 'linkVisitInspection'> {
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
	return {
		...planReads(exec, sqliteDialect),
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
