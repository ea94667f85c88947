import { z } from 'zod/mini';
import { PullEnvelopeSchema, pullCarriesChanges, type PullEnvelope } from '$lib/domain/pullEnvelope';
import { database, type InspectorDatabase } from '../db/database';
import { readHeld } from './followedAgencies';
import { SyncHttpError } from './syncApi';

const CURSOR_KEY = 'syncCursor';

/** The server's ledger head as last pulled: printed on the biên bản the phone makes (see record/fromDevice.ts). */
export const LEDGER_HEAD_KEY = 'ledgerHead';

export function cursorKey(userId: string): string {
	return `${CURSOR_KEY}:${userId}`;
}

export async function readCursor(userId: string, db: InspectorDatabase = database()): Promise<string | null> {
	const row = await db.settings.get(cursorKey(userId));
	return typeof row?.value === 'string' ? row.value : null;
}

/**
 * Stores one pull page and returns its envelope (whether more pages wait). A page with changes is
 * validated whole and stored by applyPull.ts, loaded then: most pulls (every page's start-up, the
 * 30 s poll) bring only a new cursor, and every page would otherwise carry the code and schemas
 * for templates, agencies, decisions and recommendations. A phone whose recommendations predate
 * per-agency pulls (nothing held yet) also takes the full path, which starts its per-agency copy.
 */
export async function storePull(userId: string, raw: unknown, status: number, db: InspectorDatabase = database()): Promise<PullEnvelope> {
	const envelope = PullEnvelopeSchema.safeParse(raw);
	if (!envelope.success) throw new SyncHttpError('invalid', status, z.prettifyError(envelope.error));
	const body = raw as Record<string, unknown>;
	if (pullCarriesChanges(body) || (await readHeld(db)) === null) {
		const { applyPull, parsePull } = await import('./applyPull');
		await applyPull(userId, parsePull(body, status), db);
		return envelope.data;
	}
	const { cursor, ledgerHead } = envelope.data;
	await db.transaction('rw', db.settings, async () => {
		if (ledgerHead) await db.settings.put({ key: LEDGER_HEAD_KEY, value: ledgerHead });
		await db.settings.put({ key: cursorKey(userId), value: cursor });
	});
	return envelope.data;
}
