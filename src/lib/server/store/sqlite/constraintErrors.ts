import Database from 'better-sqlite3';

/** A row named a user, agency, template or photo that does not exist. */
export function isForeignKeyViolation(error: unknown): boolean {
	return error instanceof Database.SqliteError && error.code === 'SQLITE_CONSTRAINT_FOREIGNKEY';
}
