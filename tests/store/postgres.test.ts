import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { migrate, migrations } from '$lib/server/store/postgres/migrations';
import { openPostgresStore } from '$lib/server/store/postgres/PostgresStore';
import { describeStoreContract } from './store.contract';
import { AFTER_VERSION_3, OUTCOMES_SQL, TEMPLATE_ITEMS_SQL, version2Rows } from './findingsMigration';
import { verifyLedger } from '$lib/server/ledger/verifyLedger';
import { T0, later, seeded, submission } from './fixtures';
import { STATS_TEMPLATE, statsData } from './reviewFixtures';
import { AFTER_VERSION_4, HOLDERS_SQL, version3Rows } from './photoHoldersMigration';
import { AFTER_VERSION_18, ISSUES_SQL, VISIT, version17Rows } from './visitDocumentsMigration';

/**
 * The contract on PostgreSQL, at DATABASE_URL (CI: postgres://postgres@127.0.0.1:5432/test). Every
 * test works in its own new schema, dropped afterwards, so runs and files never see each other's rows.
 * Without DATABASE_URL the suite is skipped with a notice; with REQUIRE_POSTGRES=1 (CI) that is a failure.
 */
const url = process.env.DATABASE_URL?.startsWith('postgres') ? process.env.DATABASE_URL : undefined;
const required = process.env.REQUIRE_POSTGRES === '1';

if (!url && required) {
	it('PostgreSQL is required here (REQUIRE_POSTGRES=1) but DATABASE_URL is not set', () => {
		expect.fail('Set DATABASE_URL to a postgres:// URL; the PostgreSQL store contract must run in CI.');
	});
} else if (!url) {
	console.warn(
		'\n⚠ PostgreSQL store contract SKIPPED: DATABASE_URL is not set to a postgres:// URL.\n' +
			'  Run e.g. DATABASE_URL=postgres://postgres@127.0.0.1:5432/test npx vitest run tests/store\n'
	);
}

async function freshSchema(connectionString: string) {
	const schema = `test_${randomBytes(6).toString('hex')}`;
	await admin(connectionString, `CREATE SCHEMA ${schema}`);
	return {
		schema,
		open: () => openPostgresStore({ connectionString, schema, max: 4 }),
		destroy: async () => {
			await admin(connectionString, `DROP SCHEMA ${schema} CASCADE`);
		}
	};
}

async function admin(connectionString: string, sql: string, schema?: string): Promise<unknown[]> {
	const client = new pg.Client({ connectionString, ...(schema ? { options: `-c search_path=${schema}` } : {}) });
	await client.connect();
	try {
		return (await client.query(sql)).rows;
	} finally {
		await client.end();
	}
}

describeStoreContract('PostgreSQL', () => freshSchema(url as string), Boolean(url));

describe.runIf(Boolean(url))('PostgreSQL store specifics', () => {
	it('migrates once even when several app servers start at the same moment', async () => {
		const db = await freshSchema(url as string);
		try {
			const stores = await Promise.all([db.open(), db.open(), db.open()]);
			await Promise.all(stores.map((s) => s.close()));
			expect(await admin(url as string, 'SELECT version FROM schema_migrations', db.schema)).toEqual(migrations.map((m) => ({ version: m.version })));
		} finally {
			await db.destroy();
		}
	});

	it('moves version 2 findings rows into template items and one outcomes string per head (version 3)', async () => {
		const db = await freshSchema(url as string);
		const pool = new pg.Pool({ connectionString: url as string, options: `-c search_path=${db.schema}`, max: 1 });
		const client = await pool.connect();
		try {
			await migrate(client, migrations.filter((m) => m.version <= 2));
			for (const sql of version2Rows()) await client.query(sql);
			expect(await migrate(client, migrations.filter((m) => m.version <= 3))).toEqual([3]);
			expect((await client.query(OUTCOMES_SQL)).rows).toEqual(AFTER_VERSION_3.outcomes);
			expect((await client.query(TEMPLATE_ITEMS_SQL)).rows).toEqual(AFTER_VERSION_3.templateItems);
			expect((await client.query("SELECT to_regclass('findings') AS t")).rows).toEqual([{ t: null }]);
		} finally {
			client.release();
			await pool.end();
			await db.destroy();
		}
	});

	it('carries decisions numbered under schema 15 into the kept documents, without a text (version 18), and enters them in the ledger once (version 24)', async () => {
		const db = await freshSchema(url as string);
		const pool = new pg.Pool({ connectionString: url as string, options: `-c search_path=${db.schema}`, max: 1 });
		const client = await pool.connect();
		try {
			await migrate(client, migrations.filter((m) => m.version <= 17));
			for (const sql of version17Rows()) await client.query(sql);
			expect(await migrate(client, migrations.filter((m) => m.version <= 18))).toEqual([18]);
			expect((await client.query(ISSUES_SQL)).rows).toEqual(AFTER_VERSION_18);
			expect((await client.query("SELECT to_regclass('visit_documents') AS t")).rows).toEqual([{ t: null }]);
			await expect(client.query('DELETE FROM visit_document_issues')).rejects.toThrow(/append-only/);
		} finally {
			client.release();
			await pool.end();
		}
		const store = await db.open();
		try {
			expect((await store.visitDocuments(VISIT)).map((d) => [d.symbol, d.signer.name, d.document])).toEqual([['01/QĐ-SNV', 'Lê Minh Châu', null]]);
			// Version 24 lists it for the ledger: entered once, as issued (no text, no hash), and it verifies.
			expect(await store.backfillLedger(later(1000))).toBe(1);
			expect(await store.backfillLedger(later(2000))).toBe(0);
			const [entry] = await store.readLedger(0, 10);
			expect(JSON.parse(entry?.body ?? '{}')).toMatchObject({ kind: 'visitDocument', documentId: `${VISIT}:decision`, symbol: '01/QĐ-SNV', documentHash: null, replaces: null });
			expect(await verifyLedger(store)).toMatchObject({ ok: true, entries: 1, checked: { visitDocuments: 1 } });
		} finally {
			await store.close();
			await db.destroy();
		}
	});

	it('makes the inspectors of the records citing a photo its holders (version 4)', async () => {
		const db = await freshSchema(url as string);
		const pool = new pg.Pool({ connectionString: url as string, options: `-c search_path=${db.schema}`, max: 1 });
		const client = await pool.connect();
		try {
			await migrate(client, migrations.filter((m) => m.version <= 3));
			for (const sql of version3Rows('postgres')) await client.query(sql);
			expect(await migrate(client, migrations.filter((m) => m.version <= 4))).toEqual([4]);
			expect((await client.query(HOLDERS_SQL)).rows).toEqual(AFTER_VERSION_4);
		} finally {
			client.release();
			await pool.end();
			await db.destroy();
		}
	});

	it('streams an export on a connection of its own: with a pool of one, its per-batch reads still go through', async () => {
		const db = await freshSchema(url as string);
		const store = await openPostgresStore({ connectionString: url as string, schema: db.schema, max: 1 });
		try {
			const { an } = await seeded(store);
			await store.putTemplate(STATS_TEMPLATE, T0);
			for (const batch of statsData(an)) await store.putSubmissions(batch, T0);
			const findings = [];
			// Batches of one: a notes read through the pool between every row, while the cursor is open.
			for await (const batch of store.exportFindings({ agencyIds: null }, 1)) findings.push(...batch);
			expect(findings.length).toBeGreaterThan(0);
			expect((await store.reviewQueue({ agencyIds: null, sort: 'started-desc', offset: 0, limit: 10 })).total).toBe(3);
		} finally {
			await store.close();
			await db.destroy();
		}
	});

	it('refuses to change or delete account events even in SQL', async () => {
		const db = await freshSchema(url as string);
		try {
			const store = await db.open();
			const { an } = await seeded(store);
			await store.enrolSecondFactor({ userId: an.id, secret: 'JBSWY3DPEHPK3PXP', step: 1, recoveryCodeHashes: [] }, T0);
			await store.close();
			await expect(admin(url as string, "UPDATE account_events SET action = 'x'", db.schema)).rejects.toThrow(/append-only/);
			await expect(admin(url as string, 'DELETE FROM account_events', db.schema)).rejects.toThrow(/append-only/);
			await expect(admin(url as string, 'TRUNCATE account_events', db.schema)).rejects.toThrow(/append-only/);
		} finally {
			await db.destroy();
		}
	});

	it('refuses to change or delete review events even in SQL', async () => {
		const db = await freshSchema(url as string);
		try {
			const store = await db.open();
			const { an } = await seeded(store);
			await store.putSubmissions([submission(an)], T0);
			await store.close();
			await expect(admin(url as string, "UPDATE review_events SET comment = 'sửa'", db.schema)).rejects.toThrow(/append-only/);
			await expect(admin(url as string, 'DELETE FROM review_events', db.schema)).rejects.toThrow(/append-only/);
			await expect(admin(url as string, 'TRUNCATE review_events', db.schema)).rejects.toThrow(/append-only|foreign key/);
		} finally {
			await db.destroy();
		}
	});
});
