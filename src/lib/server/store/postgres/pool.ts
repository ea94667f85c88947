import { DatabaseError, Pool, type PoolClient } from 'pg';
import { migrate } from './migrations';

export interface PostgresStoreOptions {
	/** postgres:// or postgresql:// URL. */
	connectionString: string;
	/** Schema to work in (default: the server's search_path, normally public). Tests use a fresh one each. */
	schema?: string;
	/** Connections per app server. */
	max?: number;
}

const SCHEMA_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

/** A pool whose every connection works in the chosen schema, migrated before it is handed out. */
export async function openPool(options: PostgresStoreOptions): Promise<Pool> {
	if (options.schema !== undefined && !SCHEMA_NAME.test(options.schema)) {
		throw new Error(`Invalid PostgreSQL schema name: ${options.schema}`);
	}
	const pool = new Pool({
		connectionString: options.connectionString,
		max: options.max ?? 10,
		application_name: 'vhcv-inspect',
		...(options.schema ? { options: `-c search_path=${options.schema}` } : {})
	});
	// An idle connection dropped by the server must not crash the process; the pool replaces it.
	pool.on('error', (error) => console.error('PostgreSQL connection lost:', error.message));
	try {
		const client = await pool.connect();
		try {
			await migrate(client);
		} finally {
			client.release();
		}
		return pool;
	} catch (error) {
		await pool.end();
		throw error;
	}
}

/**
 * Runs `work` in one transaction on one connection: COMMIT when it resolves, ROLLBACK when it throws.
 * PostgreSQL's default synchronous_commit=on makes a resolved commit durable.
 */
export async function inTransaction<T>(pool: Pool, work: (client: PoolClient) => Promise<T>): Promise<T> {
	const client = await pool.connect();
	let broken: Error | undefined;
	try {
		await client.query('BEGIN');
		const result = await work(client);
		await client.query('COMMIT');
		return result;
	} catch (error) {
		await client.query('ROLLBACK').catch((rollbackError: Error) => (broken = rollbackError));
		throw error;
	} finally {
		// A connection that could not roll back is discarded rather than reused mid-transaction.
		client.release(broken);
	}
}

/** A row named a user, agency, template or photo that does not exist. */
export function isForeignKeyViolation(error: unknown): boolean {
	return error instanceof DatabaseError && error.code === '23503';
}

/**
 * Serialises appenders to the hash-chained ledger: each entry names the one before, so appends take
 * turns. Writers take it as their last step before COMMIT (commitOrder.ts), and the change feed's
 * sequence numbers are given under it too, so they commit in number order.
 */
export const LEDGER_LOCK = 4_711_003;
export const LEDGER_LOCK_SQL = `SELECT pg_advisory_xact_lock(${LEDGER_LOCK})`;
