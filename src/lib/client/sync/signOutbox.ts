import type { InspectorDatabase } from '../db/database';
import { parseStoredInspection } from '../inspections/readInspection';
import { signSealedRevision } from '../inspections/signSealedRevision';
import { outboxEntry, type Outbox, type OutboxEntry } from './outbox';

/**
 * Every entry of the outbox as a signed record: those finalized before the app signed records are
 * signed once now (signSealedRevision.ts). Loaded with the sending and exporting code only.
 */
export async function signedEntries(outbox: { entries: readonly OutboxEntry[]; unsigned: readonly Outbox['unsigned'][number][] }, db: InspectorDatabase): Promise<OutboxEntry[]> {
	const entries = [...outbox.entries];
	for (const raw of outbox.unsigned) {
		// A stored record that no longer fits the schema is not guessed at: it stays on the phone, shown.
		const read = parseStoredInspection(raw);
		if (!read.ok) continue;
		const inspection = read.inspection;
		const record = await signSealedRevision(inspection, db);
		if (record?.signature) entries.push(await outboxEntry(inspection, record.manifestText, record.signature, db));
	}
	return entries;
}
