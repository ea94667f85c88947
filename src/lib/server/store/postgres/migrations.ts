import type { PoolClient } from 'pg';
import type { MigrationStep } from '../migrationStep';
import { step as step01 } from './migrations/01-accounts-catalog-submissions';
import { step as step02 } from './migrations/02-review-heads-findings';
import { step as step03 } from './migrations/03-findings-on-heads';
import { step as step04 } from './migrations/04-photo-holders';
import { step as step05 } from './migrations/05-second-factor';
import { step as step06 } from './migrations/06-device-keys-ledger';
import { step as step07 } from './migrations/07-photo-thumbnails';
import { step as step08 } from './migrations/08-photo-flag';
import { step as step09 } from './migrations/09-head-totals';
import { step as step10 } from './migrations/10-pull-change-counts';
import { step as step11 } from './migrations/11-agency-changes';
import { step as step12 } from './migrations/12-template-drafts';
import { step as step14 } from './migrations/14-inspection-plans';
import { step as step15 } from './migrations/15-visit-documents';
import { step as step16 } from './migrations/16-document-register';
import { step as step17 } from './migrations/17-conclusions';
import { step as step18 } from './migrations/18-visit-document-texts';
import { step as step20 } from './migrations/20-agency-reorganisations';
import { step as step22 } from './migrations/22-retirement-notices';
import { step as step23 } from './migrations/23-review-read-indexes';
import { step as step24 } from './migrations/24-visit-documents-in-ledger';

export type Migration = MigrationStep;

/**
 * The PostgreSQL schema, one numbered step at a time; a released step is never edited. Tables are
 * created unqualified, in the first schema of the search_path (public, or a test's own schema).
 */
export const migrations: readonly Migration[] = [
	step01,
	step02,
	step03,
	step04,
	step05,
	step06,
	step07,
	step08,
	step09,
	step10,
	step11,
	step12,
	step14,
	step15,
	step16,
	step17,
	step18,
	step20,
	step22,
	step23,
	step24
];

/** Any constant will do; it only has to be the same in every app server. */
const MIGRATION_LOCK = 4_711_001;

/**
 * Brings the schema to the latest version in one transaction, recorded in schema_migrations. Several
 * app servers starting at once queue on an advisory lock, so each step runs exactly once.
 */
export async function migrate(client: PoolClient, steps: readonly Migration[] = migrations): Promise<number[]> {
	await client.query('BEGIN');
	try {
		await client.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
		await client.query(`CREATE TABLE IF NOT EXISTS schema_migrations (
			version integer PRIMARY KEY,
			name text NOT NULL,
			applied_at timestamptz NOT NULL DEFAULT now()
		)`);
		const { rows } = await client.query<{ version: number }>('SELECT version FROM schema_migrations');
		const applied = new Set(rows.map((r) => r.version));
		const newest = Math.max(0, ...applied);
		const known = Math.max(0, ...steps.map((s) => s.version));
		if (newest > known) {
			throw new Error(`The database is at schema version ${newest}, newer than this app (${known}); upgrade the app`);
		}
		const done: number[] = [];
		for (const step of [...steps].sort((a, b) => a.version - b.version)) {
			if (applied.has(step.version)) continue;
			await client.query(step.sql);
			await client.query('INSERT INTO schema_migrations (version, name) VALUES ($1, $2)', [step.version, step.name]);
			done.push(step.version);
		}
		await client.query('COMMIT');
		return done;
	} catch (error) {
		await client.query('ROLLBACK');
		throw error;
	}
}
