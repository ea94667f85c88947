import type { Database } from 'better-sqlite3';
import { InvalidRecordError } from '../errors';
import { templateAdmin, type TemplateAdminMethods } from '../templates/templateAdmin';
import type { TemplateOp } from '../templates/templateOps';
import { isForeignKeyViolation } from './constraintErrors';

/** The checklist methods on SQLite: each operation is one synchronous IMMEDIATE transaction. */
export function sqliteTemplateAdmin(db: Database): TemplateAdminMethods {
	const runOp = db.transaction((op: TemplateOp<unknown>): unknown => {
		const rows = Object.fromEntries(Object.entries(op.reads).map(([key, { sql, params }]) => [key, db.prepare(sql).all(...params) as Record<string, unknown>[]]));
		const plan = op.plan(rows);
		for (const { sql, params } of plan.statements) db.prepare(sql).run(...params);
		return plan.result;
	});
	return templateAdmin(async <T>(op: TemplateOp<T>): Promise<T> => {
		try {
			return runOp.immediate(op as TemplateOp<unknown>) as T;
		} catch (error) {
			if (isForeignKeyViolation(error)) throw new InvalidRecordError('Unknown account');
			throw error;
		}
	});
}
