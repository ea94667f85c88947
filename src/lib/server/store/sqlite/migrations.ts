import type { Database } from 'better-sqlite3';
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
 * The SQLite schema, one numbered step at a time. A released step is never edited: a change is a new
 * step, so every data directory, however old, reaches the current schema the same way.
 * STRICT tables make SQLite refuse a value of the wrong type instead of storing it.
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

/**
 * Brings the database to the latest version in one transaction: either every pending step is applied
 * and recorded in schema_migrations, or none is. Opening twice applies nothing the second time.
 * BEGIN IMMEDIATE takes the write lock first, so two processes opening at once apply each step once.
 */
export function migrate(db: Database, steps: readonly Migration[] = migrations): number[] {
	const run = db.transaction(() => {
		db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
			version INTEGER PRIMARY KEY,
			name TEXT NOT NULL,
			applied_at TEXT NOT NULL
		) STRICT`);
		const applied = new Set(
			(db.prepare('SELECT version FROM schema_migrations').all() as { version: number }[]).map((r) => r.version)
		);
		const newest = Math.max(0, ...applied);
		const known = Math.max(0, ...steps.map((s) => s.version));
		if (newest > known) {
			throw new Error(`The database is at schema version ${newest}, newer than this app (${known}); upgrade the app`);
		}
		const record = db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)');
		const done: number[] = [];
		for (const step of [...steps].sort((a, b) => a.version - b.version)) {
			if (applied.has(step.version)) continue;
			db.exec(step.sql);
			record.run(step.version, step.name, new Date().toISOString());
			done.push(step.version);
		}
		return done;
	});
	return run.immediate();
}
