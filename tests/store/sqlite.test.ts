import { existsSync, readdirSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { migrate, migrations } from '$lib/server/store/sqlite/migrations';
import { openDatabase } from '$lib/server/store/sqlite/openDatabase';
import { photoPath } from '$lib/server/store/sqlite/photoFiles';
import { openSqliteStore } from '$lib/server/store/sqlite/SqliteStore';
import { describeStoreContract } from './store.contract';
import { AFTER_VERSION_3, OUTCOMES_SQL, TEMPLATE_ITEMS_SQL, version2Rows } from './findingsMigration';
import { T0, jpeg, seeded, submission } from './fixtures';
import { AFTER_VERSION_4, HOLDERS_SQL, version3Rows } from './photoHoldersMigration';

async function temporaryDataDir() {
	const dir = await mkdtemp(join(tmpdir(), 'vhcv-store-'));
	return {
		dir,
		file: join(dir, 'vhcv.sqlite'),
		photoDir: join(dir, 'photos'),
		destroy: () => rm(dir, { recursive: true, force: true })
	};
}

describeStoreContract('SQLite', async () => {
	const data = await temporaryDataDir();
	return { open: async () => openSqliteStore(data), destroy: data.destroy };
});

describe('SQLite store specifics', () => {
	let data: Awaited<ReturnType<typeof temporaryDataDir>>;
	beforeEach(async () => {
		data = await temporaryDataDir();
	});
	afterEach(() => data.destroy());

	it('opens in WAL mode with synchronous=FULL, foreign keys on and a busy timeout', () => {
		const db = openDatabase(data.file);
		try {
			expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
			expect(db.pragma('synchronous', { simple: true })).toBe(2); // FULL
			expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
			expect(db.pragma('busy_timeout', { simple: true })).toBe(5000);
		} finally {
			db.close();
		}
	});

	it('records each migration once and applies nothing when opened again', () => {
		const db = openDatabase(data.file);
		try {
			expect(migrate(db)).toEqual([]);
			expect(db.prepare('SELECT version FROM schema_migrations ORDER BY version').pluck().all()).toEqual(migrations.map((m) => m.version));
		} finally {
			db.close();
		}
	});

	it('moves version 2 findings rows into template items and one outcomes string per head (version 3)', () => {
		const db = new Database(data.file);
		try {
			migrate(db, migrations.filter((m) => m.version <= 2));
			for (const sql of version2Rows()) db.prepare(sql).run();
			expect(migrate(db, migrations.filter((m) => m.version <= 3))).toEqual([3]);
			expect(db.prepare(OUTCOMES_SQL).all()).toEqual(AFTER_VERSION_3.outcomes);
			expect(db.prepare(TEMPLATE_ITEMS_SQL).all()).toEqual(AFTER_VERSION_3.templateItems);
			expect(db.prepare("SELECT count(*) FROM sqlite_master WHERE name = 'findings'").pluck().get()).toBe(0);
		} finally {
			db.close();
		}
	});

	it('makes the inspectors of the records citing a photo its holders (version 4)', () => {
		const db = new Database(data.file);
		try {
			migrate(db, migrations.filter((m) => m.version <= 3));
			db.pragma('foreign_keys = ON');
			for (const sql of version3Rows('sqlite')) db.prepare(sql).run();
			expect(migrate(db, migrations.filter((m) => m.version <= 4))).toEqual([4]);
			expect(db.prepare(HOLDERS_SQL).all()).toEqual(AFTER_VERSION_4);
			expect(db.prepare('SELECT held_since FROM photo_holders').pluck().get()).toBe('2026-01-10T02:01:00.000Z');
		} finally {
			db.close();
		}
	});

	it('refuses a database migrated by a newer version of the app', () => {
		const db = openDatabase(data.file);
		db.prepare("INSERT INTO schema_migrations (version, name, applied_at) VALUES (999, 'future', '2030-01-01')").run();
		db.close();
		expect(() => openDatabase(data.file)).toThrow(/newer than this app/);
	});

	it('refuses to change or delete review events even in SQL', async () => {
		const store = openSqliteStore(data);
		const { an } = await seeded(store);
		await store.putSubmissions([submission(an)], T0);
		await store.close();
		const db = openDatabase(data.file);
		try {
			expect(() => db.prepare("UPDATE review_events SET comment = 'sửa'").run()).toThrow(/append-only/);
			expect(() => db.prepare('DELETE FROM review_events').run()).toThrow(/append-only/);
		} finally {
			db.close();
		}
	});

	it('keeps photo files under photos/ab/cd/<hash> and leaves no temporary file behind', async () => {
		const store = openSqliteStore(data);
		const photo = jpeg('tệp');
		const { an } = await seeded(store);
		await store.putPhoto(photo.hash, 'image/jpeg', photo.bytes, T0, an.id);
		await store.close();
		const path = photoPath(data.photoDir, photo.hash);
		expect(path).toBe(join(data.photoDir, photo.hash.slice(0, 2), photo.hash.slice(2, 4), photo.hash));
		expect(existsSync(path)).toBe(true);
		expect(readdirSync(join(data.photoDir, photo.hash.slice(0, 2), photo.hash.slice(2, 4)))).toEqual([photo.hash]);
	});
});
