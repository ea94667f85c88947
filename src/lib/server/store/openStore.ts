import type { Config } from '../config';
import type { Store } from './Store';

/**
 * The store the configuration names, migrated and ready. Each implementation is imported only when
 * chosen, so a PostgreSQL install never loads the SQLite native module and the other way round.
 */
export async function openStore(config: Pick<Config, 'database'>): Promise<Store> {
	const store = await openConfigured(config.database);
	// A data directory from before the ledger (schema 6) has its rows entered once, so it verifies from now on.
	await store.backfillLedger(new Date());
	return store;
}

async function openConfigured(database: Config['database']): Promise<Store> {
	if (database.kind === 'postgres') {
		const { openPostgresStore } = await import('./postgres/PostgresStore');
		return openPostgresStore({ connectionString: database.url, max: database.poolSize });
	}
	const { openSqliteStore } = await import('./sqlite/SqliteStore');
	return openSqliteStore({ file: database.file, photoDir: database.photoDir });
}
