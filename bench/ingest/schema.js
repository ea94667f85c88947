// The raw baselines write the same rows as the store's submissions and review trail (same columns,
// keys and indexes; no foreign keys, which the raw path has no tables for), with the store's
// durability settings: WAL and synchronous=FULL, one transaction per batch.
import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';

const DDL = `
CREATE TABLE IF NOT EXISTS submissions (
	inspection_id TEXT NOT NULL, revision INTEGER NOT NULL, inspector_id TEXT NOT NULL, agency_id TEXT NOT NULL,
	template_id TEXT NOT NULL, template_version INTEGER NOT NULL, status TEXT NOT NULL, content TEXT NOT NULL,
	content_hash TEXT NOT NULL, device_time TEXT NOT NULL, received_at TEXT NOT NULL, change_seq INTEGER NOT NULL UNIQUE,
	PRIMARY KEY (inspection_id, revision)
) STRICT;
CREATE INDEX IF NOT EXISTS submissions_by_inspector ON submissions (inspector_id, change_seq);
CREATE INDEX IF NOT EXISTS submissions_by_agency ON submissions (agency_id, change_seq);
CREATE TABLE IF NOT EXISTS review_events (
	id INTEGER PRIMARY KEY AUTOINCREMENT, inspection_id TEXT NOT NULL, revision INTEGER NOT NULL, actor_id TEXT NOT NULL,
	action TEXT NOT NULL, comment TEXT NOT NULL, item_comments TEXT NOT NULL, at TEXT NOT NULL
) STRICT;
CREATE INDEX IF NOT EXISTS review_events_by_inspection ON review_events (inspection_id, id);
`;

/** @param {string} file */
export function openRawDatabase(file) {
	const db = new Database(file);
	db.pragma('journal_mode = WAL');
	db.pragma('synchronous = FULL');
	db.exec(DDL);
	let seq = /** @type {number} */ (db.prepare('SELECT coalesce(max(change_seq), 0) FROM submissions').pluck().get());
	const insert = db.prepare(
		`INSERT INTO submissions VALUES (@inspectionId, @revision, @inspectorId, @agencyId, @templateId, @templateVersion, 'sent',
			@content, @contentHash, @deviceTime, @receivedAt, @changeSeq)`
	);
	const event = db.prepare(`INSERT INTO review_events (inspection_id, revision, actor_id, action, comment, item_comments, at) VALUES (?, ?, ?, 'submitted', '', '{}', ?)`);
	/** @type {(rows: RawRow[]) => void} */
	const insertBatch = db.transaction((rows) => {
		const receivedAt = new Date().toISOString();
		for (const row of rows) {
			insert.run({ ...row, receivedAt, changeSeq: ++seq });
			event.run(row.inspectionId, row.revision, row.inspectorId, receivedAt);
		}
	});
	return {
		insertBatch,
		/** Rows, and rows beyond one per (id, revision): must be 0. */
		counts: () => countRows(db),
		close: () => db.close()
	};
}

/**
 * @typedef {{ inspectionId: string, revision: number, inspectorId: string, agencyId: string, templateId: string,
 *   templateVersion: number, content: string, contentHash: string, deviceTime: string }} RawRow
 */

/**
 * A push item as a row with `content` (what the endpoint stores: the sealed manifest and the
 * photos' metadata, for the raw baseline; the item as received, for the bare server), hashed.
 * @param {any} item @param {string} content @returns {RawRow}
 */
export function rawRow(item, content) {
	// The record is the signed text: its fields are read from it, as the endpoint reads them.
	const m = JSON.parse(item.manifest);
	return {
		inspectionId: m.inspectionId,
		revision: m.revision,
		inspectorId: m.inspector.id,
		agencyId: m.agencyId,
		templateId: m.template.id,
		templateVersion: m.template.version,
		content,
		contentHash: createHash('sha256').update(item.manifest).digest('hex'),
		deviceTime: m.finishedAt
	};
}

/** @param {import('better-sqlite3').Database} db */
export function countRows(db) {
	const rows = /** @type {number} */ (db.prepare('SELECT count(*) FROM submissions').pluck().get());
	const distinct = /** @type {number} */ (db.prepare(`SELECT count(DISTINCT inspection_id || '#' || revision) FROM submissions`).pluck().get());
	return { rows, duplicates: rows - distinct };
}
