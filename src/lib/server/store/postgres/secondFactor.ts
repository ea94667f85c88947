import type { Pool } from 'pg';
import type { Exec } from '../review/filter';
import { secondFactorMethods, type SecondFactorMethods } from '../secondFactor/secondFactorMethods';
import type { RunSteps } from '../secondFactor/steps';
import { numbered } from './numbered';
import { inTransaction } from './pool';

/** Thrown inside the transaction to roll it back when a step that must change a row did not. */
class Unchanged extends Error {}

export function postgresSecondFactor(pool: Pool): SecondFactorMethods {
	const exec: Exec = async <T>(sql: string, params: readonly unknown[]) => (await pool.query(numbered(sql), [...params])).rows as T[];
	const run: RunSteps = async (steps) => {
		try {
			await inTransaction(pool, async (client) => {
				for (const step of steps) {
					const { rowCount } = await client.query(numbered(step.sql), [...step.params]);
					if (step.mustChange && !rowCount) throw new Unchanged();
				}
			});
			return true;
		} catch (failure) {
			if (failure instanceof Unchanged) return false;
			throw failure;
		}
	};
	return secondFactorMethods(exec, run);
}
