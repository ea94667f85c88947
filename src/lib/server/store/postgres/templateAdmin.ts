import type { Pool } from 'pg';
import { InvalidRecordError } from '../errors';
import { templateAdmin, type TemplateAdminMethods } from '../templates/templateAdmin';
import { TEMPLATE_LOCK_SQL } from '../templates/templateOps';
import { numbered } from './numbered';
import { inTransaction, isForeignKeyViolation } from './pool';

/** The checklist methods on PostgreSQL: each operation in one transaction, template edits taking turns. */
export function postgresTemplateAdmin(pool: Pool): TemplateAdminMethods {
	return templateAdmin(async (op) => {
		try {
			return await inTransaction(pool, async (client) => {
				await client.query(TEMPLATE_LOCK_SQL);
				const rows: Record<string, Record<string, unknown>[]> = {};
				for (const [key, { sql, params }] of Object.entries(op.reads)) rows[key] = (await client.query(numbered(sql), params)).rows;
				const plan = op.plan(rows);
				for (const { sql, params } of plan.statements) await client.query(numbered(sql), params);
				return plan.result;
			});
		} catch (error) {
			if (isForeignKeyViolation(error)) throw new InvalidRecordError('Unknown account');
			throw error;
		}
	});
}
