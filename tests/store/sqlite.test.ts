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
import { verifyLedger } from '$lib/server/ledger/verifyLedger';
import { canonicalJson } from '$lib/domain/canonicalJson';
import { sha256Hex } from '$lib/server/store/canonical';
import { describeStoreContract } from './store.contract';
import { AFTER_VERSION_3, OUTCOMES_SQL, TEMPLATE_ITEMS_SQL, version2Rows } from './findingsMigration';
import { T0, jpeg, later, newUser, seeded, submission } from './fixtures';
import { AFTER_VERSION_4, HOLDERS_SQL, version3Rows } from './photoHoldersMigration';
import { AFTER_VERSION_18, ISSUES_SQL, VISIT, version17Rows } from './visitDocumentsMigration';
import { decisionAndReplacement } from './visitDocumentFixtures';

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

	/** Changes the closed data directory behind the app's back, as an intruder with the file would. */
	const edit = (sql: string) => {
		const db = openDatabase(data.file);
		db.exec(sql);
		db.close();
	};
	/** What verify says of the data directory, opened afresh. */
	const check = async () => {
		const reopened = openSqliteStore(data);
		try {
			return await verifyLedger(reopened);
		} finally {
			await reopened.close();
		}
	};

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

	it('carries decisions numbered under schema 15 into the kept documents, without a text (version 18), and enters them in the ledger once (version 24)', async () => {
		const db = new Database(data.file);
		try {
			migrate(db, migrations.filter((m) => m.version <= 17));
			db.pragma('foreign_keys = ON');
			for (const sql of version17Rows()) db.prepare(sql).run();
			expect(migrate(db, migrations.filter((m) => m.version <= 18))).toEqual([18]);
			expect(db.prepare(ISSUES_SQL).all()).toEqual(AFTER_VERSION_18);
			expect(db.prepare("SELECT count(*) FROM sqlite_master WHERE name = 'visit_documents'").pluck().get()).toBe(0);
			expect(() => db.prepare('DELETE FROM visit_document_issues').run()).toThrow(/append-only/);
		} finally {
			db.close();
		}
		// The store reads it: the number and signer, no text.
		const store = openSqliteStore(data);
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

	it('enters the rows of a data directory from before the ledger once, and it verifies from then on', async () => {
		const store = openSqliteStore(data);
		const { an } = await seeded(store);
		const supervisor = await store.createUser(newUser('gs', 'supervisor', 'tinh'), T0);
		const one = submission(an);
		await store.putSubmissions([one, submission(an)], T0);
		await store.appendEvent({ inspectionId: one.inspectionId, revision: 1, actorId: supervisor.id, action: 'returned', comment: 'Sửa', itemComments: {} }, later(1000), 'returned');
		await store.close();
		// As schema 4 left it: the same rows, no ledger.
		const db = openDatabase(data.file);
		db.exec('DROP TRIGGER ledger_no_delete; DELETE FROM ledger;');
		db.close();

		const reopened = openSqliteStore(data);
		try {
			expect(await reopened.backfillLedger(later(2000))).toBe(2 + 3);
			expect(await reopened.backfillLedger(later(3000))).toBe(0);
			expect(await verifyLedger(reopened)).toMatchObject({ ok: true, entries: 5, checked: { revisions: 2, events: 3 } });
		} finally {
			await reopened.close();
		}
	});

	it('enters agency changes made before they were ledgered once, and verify then names an agency edited behind the app', async () => {
		const store = openSqliteStore(data);
		await seeded(store);
		const admin = await store.createUser(newUser('qt', 'admin'), T0);
		const [xa] = (await store.listAgencies()).filter((a) => a.id === 'xa-a');
		if (!xa) throw new Error('no xa-a');
		await store.changeAgencies([{ before: xa, after: { ...xa, name: 'UBND xã A mới' } }], { id: admin.id, source: 'form' }, later(1000));
		await store.close();
		// As schema 20 finds a data directory: the change stored, not in the ledger.
		const db = openDatabase(data.file);
		db.exec('DROP TRIGGER ledger_no_delete; DELETE FROM ledger; INSERT INTO agency_changes_unledgered (id, up_to) SELECT 1, max(id) FROM agency_changes;');
		db.close();

		const reopened = openSqliteStore(data);
		try {
			expect(await reopened.backfillLedger(later(2000))).toBe(1);
			expect(await reopened.backfillLedger(later(3000))).toBe(0);
			expect(await verifyLedger(reopened)).toMatchObject({ ok: true, entries: 1, checked: { agencyChanges: 1 } });
		} finally {
			await reopened.close();
		}
		const edited = openDatabase(data.file);
		edited.exec("UPDATE agencies SET name = 'Tên sửa ngoài ứng dụng' WHERE id = 'xa-a'");
		edited.close();
		const again = openSqliteStore(data);
		try {
			expect((await verifyLedger(again)).failure?.message).toContain('Cơ quan xa-a');
		} finally {
			await again.close();
		}
	});

	it('enters visit decisions issued before they were ledgered once; verify then names an issued text or hash changed behind the app', async () => {
		const store = openSqliteStore(data);
		const { first, replacement } = await decisionAndReplacement(store);
		expect((await verifyLedger(store)).checked.visitDocuments).toBe(2);
		await store.close();
		// As schema 24 finds a data directory: both stored, neither in the ledger.
		edit('DROP TRIGGER ledger_no_delete; DELETE FROM ledger; INSERT INTO visit_documents_unledgered (id) SELECT id FROM visit_document_issues;');
		expect((await check()).failure?.message).toMatch(/Văn bản 0[12]\/QĐ-SNV .* được thêm ngoài sổ cái/);
		const reopened = openSqliteStore(data);
		try {
			expect(await reopened.backfillLedger(later(3000))).toBe(2);
			expect(await reopened.backfillLedger(later(4000))).toBe(0);
			const bodies = (await reopened.readLedger(0, 10)).map((e) => JSON.parse(e.body) as { kind: string; documentId: string; replaces: string | null });
			expect(bodies.filter((b) => b.kind === 'visitDocument').map((b) => [b.documentId, b.replaces])).toEqual([
				[first.id, null],
				[replacement.id, first.id]
			]);
			expect(await verifyLedger(reopened)).toMatchObject({ ok: true, checked: { visitDocuments: 2 } });
		} finally {
			await reopened.close();
		}
		const seq = async () => {
			const s = openSqliteStore(data);
			try {
				const entries = await s.readLedger(0, 100);
				return entries.find((e) => e.body.includes(replacement.id) && e.body.includes('"visitDocument"'))?.seq;
			} finally {
				await s.close();
			}
		};
		const replacementSeq = await seq();
		// The replacement's text reworded and re-hashed to look consistent on its own: the ledger holds the old hash.
		const reworded = replacement.document ? JSON.stringify({ ...replacement.document, subject: 'Về việc khác' }) : '';
		edit(`DROP TRIGGER visit_document_issues_no_update; UPDATE visit_document_issues SET document = '${reworded}', document_hash = '${sha256Hex(reworded)}' WHERE id = '${replacement.id}'`);
		expect((await check()).failure).toEqual({ seq: replacementSeq, message: 'Văn bản 02/QĐ-SNV của cuộc kiểm tra đã bị thay đổi sau khi ban hành.' });
		// Put back as issued, it verifies; then the text alone changed, its stored hash left as it was.
		const issued = canonicalJson(replacement.document);
		edit(`UPDATE visit_document_issues SET document = '${issued}', document_hash = '${replacement.documentHash}' WHERE id = '${replacement.id}'`);
		expect((await check()).ok).toBe(true);
		edit(`UPDATE visit_document_issues SET document = replace(document, 'thay thế', 'sửa') WHERE id = '${replacement.id}'`);
		expect((await check()).failure?.message).toBe('Văn bản 02/QĐ-SNV của cuộc kiểm tra đã bị thay đổi sau khi ban hành.');
		// Put back again, then the first decision's signer edited: its row no longer matches its entry.
		edit(`UPDATE visit_document_issues SET document = '${issued}' WHERE id = '${replacement.id}'`);
		expect((await check()).ok).toBe(true);
		edit(`UPDATE visit_document_issues SET signer = replace(signer, 'Lê Minh Châu', 'Người khác') WHERE id = '${first.id}'`);
		expect((await check()).failure?.message).toBe('Văn bản 01/QĐ-SNV của cuộc kiểm tra đã bị thay đổi sau khi ban hành.');
	});

	it('verify names the first thing changed behind the app: a record, a trail comment, a ledger entry', async () => {
		const store = openSqliteStore(data);
		const { an } = await seeded(store);
		const supervisor = await store.createUser(newUser('gs', 'supervisor', 'tinh'), T0);
		const one = submission(an);
		await store.putSubmissions([one], T0);
		await store.appendEvent({ inspectionId: one.inspectionId, revision: 1, actorId: supervisor.id, action: 'approved', comment: 'Tốt', itemComments: {} }, later(1000), 'approved');
		expect((await verifyLedger(store)).ok).toBe(true);
		await store.close();

		// The record's content, re-hashed to look consistent on its own: the ledger still holds the old hash.
		edit(`UPDATE submissions SET content = replace(content, 'Ổn', 'Không ổn'), content_hash = '${'e'.repeat(64)}'`);
		expect((await check()).failure).toEqual({ seq: 1, message: expect.stringMatching(/Lần gửi 1 .* đã bị thay đổi/) as unknown as string });
	});

	it('verify fails when a trail comment or a ledger entry is edited', async () => {
		const store = openSqliteStore(data);
		const { an } = await seeded(store);
		const supervisor = await store.createUser(newUser('gs', 'supervisor', 'tinh'), T0);
		const one = submission(an);
		await store.putSubmissions([one], T0);
		await store.appendEvent({ inspectionId: one.inspectionId, revision: 1, actorId: supervisor.id, action: 'approved', comment: 'Tốt', itemComments: {} }, later(1000), 'approved');
		await store.close();
		const db = openDatabase(data.file);
		db.exec("DROP TRIGGER review_events_no_update; UPDATE review_events SET comment = 'Không đạt' WHERE action = 'approved';");
		db.close();
		let reopened = openSqliteStore(data);
		expect((await verifyLedger(reopened)).failure).toMatchObject({ seq: 3, message: expect.stringMatching(/Sự kiện .* đã bị thay đổi/) as unknown as string });
		await reopened.close();

		const again = openDatabase(data.file);
		again.exec("UPDATE review_events SET comment = 'Tốt' WHERE action = 'approved'; DROP TRIGGER ledger_no_update; UPDATE ledger SET body = replace(body, 'approved', 'returned') WHERE seq = 3;");
		again.close();
		reopened = openSqliteStore(data);
		expect((await verifyLedger(reopened)).failure).toMatchObject({ seq: 3, message: expect.stringMatching(/Mục 3 đã bị sửa/) as unknown as string });
		await reopened.close();
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

	it('refuses to change or delete account events even in SQL', async () => {
		const store = openSqliteStore(data);
		const { an } = await seeded(store);
		await store.enrolSecondFactor({ userId: an.id, secret: 'JBSWY3DPEHPK3PXP', step: 1, recoveryCodeHashes: [] }, T0);
		await store.close();
		const db = openDatabase(data.file);
		try {
			expect(() => db.prepare("UPDATE account_events SET action = 'x'").run()).toThrow(/append-only/);
			expect(() => db.prepare('DELETE FROM account_events').run()).toThrow(/append-only/);
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
