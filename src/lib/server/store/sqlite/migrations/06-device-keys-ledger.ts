import type { MigrationStep } from '../../migrationStep';

export const step: MigrationStep = {
	version: 6,
	name: 'device keys and the hash-chained ledger',
	sql: `
-- The public keys of the phones that sign records, per account (see domain/signature.ts). A key is
-- never deleted: records it signed stay verifiable; a revoked key signs nothing new.
CREATE TABLE devices (
	id TEXT PRIMARY KEY,
	user_id TEXT NOT NULL REFERENCES users (id),
	public_key TEXT NOT NULL,
	label TEXT NOT NULL,
	first_seen_at TEXT NOT NULL,
	last_seen_at TEXT NOT NULL,
	revoked_at TEXT,
	revoked_by TEXT REFERENCES users (id)
) STRICT;
CREATE INDEX devices_by_user ON devices (user_id);
-- /verify/<fingerprint>: a printed record found by its hash.
CREATE INDEX submissions_by_content_hash ON submissions (content_hash);

-- Append-only, hash-chained log of every accepted revision, trail event, recommendation change and
-- device key change (store/ledger/ledgerEntries.ts). Existing rows are entered when a store first
-- opens at this version (backfillLedger).
CREATE TABLE ledger (
	seq INTEGER PRIMARY KEY,
	at TEXT NOT NULL,
	body TEXT NOT NULL,
	prev_hash TEXT NOT NULL,
	hash TEXT NOT NULL UNIQUE
) STRICT;
CREATE TRIGGER ledger_no_update BEFORE UPDATE ON ledger
BEGIN SELECT RAISE(ABORT, 'the ledger is append-only'); END;
CREATE TRIGGER ledger_no_delete BEFORE DELETE ON ledger
BEGIN SELECT RAISE(ABORT, 'the ledger is append-only'); END;
`
};
