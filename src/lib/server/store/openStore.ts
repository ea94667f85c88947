import type { Config } from '../config';
import type { Store } from './Store';

/**
 * The store the configuration names, migrated and ready. Each implementation is imported only when
 * chosen, so a PostgreSQL install never loads the SQLite native module and the other way round.
 */
export async function openStore(config: Pick<Config, 'database'>): Promise<Store> {
	const { database } = config;
	if (database.kind === 'postgres') {
		const { openPostgresStore } = await import('./postgres/PostgresStore');
		return openPostgresStore({ connectionString: database.url, max: database.poolSize });
	}
	const { openSqliteStore } = await import('./sqlite/SqliteStore');
	return openSqliteStore({ file: database.file, photoDir: database.photoDir });
}
