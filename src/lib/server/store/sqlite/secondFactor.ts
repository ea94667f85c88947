import type { Database, Statement } from 'better-sqlite3';
import type { Exec } from '../review/filter';
import { secondFactorMethods, type SecondFactorMethods } from '../secondFactor/secondFactorMethods';
import type { RunSteps, Step } from '../secondFactor/steps';

/** Thrown inside the transaction to roll it back when a step that must change a row did not. */
const UNCHANGED = Symbol('unchanged');

export function sqliteSecondFactor(db: Database): SecondFactorMethods {
	const statements = new Map<string, Statement>();
	const prepared = (sql: string): Statement => {
		let statement = statements.get(sql);
		if (!statement) statements.set(sql, (statement = db.prepare(sql)));
		return statement;
	};
	const exec: Exec = async <T>(sql: string, params: readonly unknown[]) => prepared(sql).all(...params) as T[];
	// Synchronous from BEGIN IMMEDIATE to COMMIT: nothing else of the process runs in between.
	const transaction = db.transaction((steps: readonly Step[]) => {
		for (const step of steps) {
			const { changes } = prepared(step.sql).run(...step.params);
			if (step.mustChange && changes === 0) throw UNCHANGED;
		}
	});
	const run: RunSteps = async (steps) => {
		try {
			transaction.immediate(steps);
			return true;
		} catch (failure) {
			if (failure === UNCHANGED) return false;
			throw failure;
		}
	};
	return secondFactorMethods(exec, run);
}
