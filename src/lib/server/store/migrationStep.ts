/**
 * One numbered schema step. A released step is never edited: a change is a new step, so every database,
 * however old, reaches the current schema the same way. Each store keeps its steps one file each in
 * its own `migrations/` folder (the DDL differs by dialect) and lists them in its `migrations.ts`.
 */
export interface MigrationStep {
	version: number;
	name: string;
	sql: string;
}
